/** The one place card templates are expanded with data. */
import type { CardDataMap, CardName } from './card-data.js';
import { safeCardData } from './inert.js';
import { loadTemplates, type LoadedTemplates } from './templates.js';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export interface CardAttachment {
  readonly contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
  readonly content: Record<string, unknown>;
}

export class CardRenderer {
  constructor(private readonly loaded: LoadedTemplates = loadTemplates()) {}

  /**
   * The expanded card JSON. User strings only ever arrive here as data, and all data passes
   * safeCardData first: redacted, and inert unless it is the bot's own text. The compiled form
   * is used when the template has one (a test proves it identical to adaptivecards-templating).
   */
  card<K extends CardName>(name: K, data: CardDataMap[K]): Record<string, unknown> {
    const fast = this.loaded.compiled.get(name);
    return fast ? fast(safeCardData(data)) : this.withTemplatingEngine(name, data);
  }

  /** The same card through adaptivecards-templating itself (the reference). */
  withTemplatingEngine<K extends CardName>(name: K, data: CardDataMap[K]): Record<string, unknown> {
    const template = this.loaded.templates.get(name);
    if (!template) throw new Error(`no card template ${name}`);
    return template.expand({ $root: safeCardData(data) }) as Record<string, unknown>;
  }

  /** Templates that run compiled (for tests and diagnostics). */
  get compiledNames(): CardName[] {
    return [...this.loaded.compiled.keys()];
  }

  attachment<K extends CardName>(name: K, data: CardDataMap[K]): CardAttachment {
    return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: this.card(name, data) };
  }

  get templateNames(): CardName[] {
    return [...this.loaded.templates.keys()];
  }

  /** Which template an expanded card came from (every template marks itself in its root). */
  nameOf(card: unknown): CardName | undefined {
    const id = (card as { id?: unknown } | null)?.id;
    return typeof id === 'string' && this.loaded.templates.has(id.replace(/^gad-/, '') as CardName) ? (id.replace(/^gad-/, '') as CardName) : undefined;
  }
}
