/**
 * Loads the Adaptive Card templates in cards/ once and prepares one Template per file:
 * parsing a template's expressions costs milliseconds, expanding a prepared one is cheap.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ACData from 'adaptivecards-templating';
import { CARD_NAMES, type CardName } from './card-data.js';
import { compileTemplate, type CompiledTemplate } from './compiled-template.js';

/** The project root: the nearest folder above this module that has cards/. */
export function findCardsDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'cards');
    if (existsSync(join(candidate, 'welcome.json'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`cards/ folder not found above ${from}`);
}

export interface LoadedTemplates {
  readonly dir: string;
  readonly json: ReadonlyMap<CardName, object>;
  /** adaptivecards-templating, prepared once: the reference engine. */
  readonly templates: ReadonlyMap<CardName, ACData.Template>;
  /** The same templates compiled to closures, where they stay within the supported subset. */
  readonly compiled: ReadonlyMap<CardName, CompiledTemplate>;
}

export function loadTemplates(dir: string = findCardsDir()): LoadedTemplates {
  const json = new Map<CardName, object>();
  const templates = new Map<CardName, ACData.Template>();
  const compiled = new Map<CardName, CompiledTemplate>();
  for (const name of CARD_NAMES) {
    const file = join(dir, `${name}.json`);
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { type?: string; version?: string };
    if (parsed.type !== 'AdaptiveCard' || parsed.version !== '1.5') throw new Error(`${file}: expected an AdaptiveCard of version 1.5`);
    json.set(name, parsed);
    templates.set(name, new ACData.Template(parsed));
    const fast = compileTemplate(parsed);
    if (fast) compiled.set(name, fast);
  }
  return { dir, json, templates, compiled };
}
