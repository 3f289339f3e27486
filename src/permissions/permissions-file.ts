/**
 * The GRAPH_PERMISSIONS_FILE override: a deployment can point the bot to a newer Microsoft
 * permissions file (Kibali `permissions.json` of microsoftgraph/microsoft-graph-devx-content)
 * or to an index built from one by `npm run permissions:index`. It is indexed in memory the
 * same way the committed index was built, and answers instead of the committed index.
 * Permission ids still come from the committed index (a permissions.json carries no ids).
 */
import { readFileSync } from 'node:fs';
import { deriveIndex, PermissionsDataError } from './derive-index.js';
import { INDEX_FORMAT, type CompactIndex } from './index-format.js';
import { PermissionsIndex } from './permissions-index.js';
import { isRecord } from '../shared/is-record.js';

export class PermissionsFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermissionsFileError';
  }
}

/** Indexes parsed JSON: a Kibali permissions file or an already derived index. */
export function buildPermissionsIndex(json: unknown): PermissionsIndex {
  try {
    if (isRecord(json) && json.format === INDEX_FORMAT) return new PermissionsIndex(json as unknown as CompactIndex, 'permissions-file');
    const index = deriveIndex({
      permissions: json,
      source: { repository: 'GRAPH_PERMISSIONS_FILE', files: ['permissions.json'], snapshot: 'unknown', license: 'MIT', notice: 'Microsoft Graph permissions data, MIT License, Copyright (c) Microsoft Graph.' },
    });
    return new PermissionsIndex(index, 'permissions-file');
  } catch (error) {
    if (error instanceof PermissionsDataError) throw new PermissionsFileError(error.message);
    throw error;
  }
}

/** Reads and indexes the file at path; throws PermissionsFileError with a one-line reason. */
export function loadPermissionsFile(path: string): PermissionsIndex {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new PermissionsFileError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new PermissionsFileError(`${path} is not valid JSON`);
  }
  return buildPermissionsIndex(json);
}
