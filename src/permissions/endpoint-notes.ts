/**
 * What matters about an endpoint beyond the permission lists in Microsoft's data: facts the
 * data can't carry, each with the Microsoft Learn page it rests on (verified 2026-08). The
 * permission lists themselves always come from the data.
 */
import type { HttpMethod } from './request-path.js';
import { compileTemplate, matches, type CompiledTemplate } from './template-match.js';

export interface EndpointNote {
  readonly note: string;
  /** The permission depends on the resource named in the request body. */
  readonly variesByResource?: boolean;
  /** The note matters only to this kind of token. */
  readonly appliesTo?: 'app-only';
  readonly learnMore: string;
}

/** Creating or managing a subscription needs read access to the watched resource. */
const SUBSCRIPTION: EndpointNote = {
  note: 'Creating a subscription needs the permission that reading the watched resource needs (for example Mail.ReadBasic for a mailbox\'s messages), of the token\'s type; some resources also need a workload setting.',
  variesByResource: true,
  learnMore: 'https://learn.microsoft.com/en-us/graph/outlook-change-notifications-overview',
};

/**
 * Application permissions that serve migration only: posting a chat or channel message app-only is
 * supported only to import messages in migration mode
 * (https://learn.microsoft.com/graph/api/chatmessage-post: "Application permissions are only supported for migration").
 */
export const MIGRATION_ONLY_PERMISSIONS: ReadonlySet<string> = new Set(['Teamwork.Migrate.All']);

/** Teamwork.Migrate.All only imports messages into a chat or channel in migration mode. */
const MIGRATION_ONLY: EndpointNote = {
  note: 'The application permission listed here, Teamwork.Migrate.All, only imports messages into a chat or channel in migration mode; posting normal messages takes a delegated token of a signed-in user.',
  appliesTo: 'app-only',
  learnMore: 'https://learn.microsoft.com/en-us/graph/teams-import-messages',
};

/** Reading Teams messages with application permissions is a protected API. */
const PROTECTED_TEAMS: EndpointNote = {
  note: 'With application permissions this is a protected Teams API: Microsoft must approve the app (request access) before the permission works.',
  appliesTo: 'app-only',
  learnMore: 'https://learn.microsoft.com/en-us/graph/teams-protected-apis',
};

const ROWS: readonly (readonly [HttpMethod, string, EndpointNote])[] = [
  ['POST', '/subscriptions', SUBSCRIPTION],
  ['GET', '/subscriptions', { ...SUBSCRIPTION, note: 'Listing subscriptions shows those this app created; it needs the permissions used to create them.' }],
  ['POST', '/teams/{id}/channels/{id}/messages', MIGRATION_ONLY],
  ['POST', '/teams/{id}/channels/{id}/messages/{id}/replies', MIGRATION_ONLY],
  ['POST', '/chats/{id}/messages', MIGRATION_ONLY],
  ['GET', '/teams/{id}/channels/{id}/messages', PROTECTED_TEAMS],
  ['GET', '/teams/{id}/channels/{id}/messages/{id}', PROTECTED_TEAMS],
  ['GET', '/teams/{id}/channels/{id}/messages/{id}/replies', PROTECTED_TEAMS],
  ['GET', '/chats/{id}/messages', PROTECTED_TEAMS],
  ['GET', '/chats/{id}/messages/{id}', PROTECTED_TEAMS],
];

const COMPILED: readonly { method: HttpMethod; compiled: CompiledTemplate<EndpointNote> }[] = ROWS.map(([method, template, note]) => ({ method, compiled: compileTemplate(template, note) }));

export function endpointNote(method: HttpMethod, segments: readonly string[]): (EndpointNote & { template: string }) | undefined {
  const hit = COMPILED.find((c) => c.method === method && matches(c.compiled.parts, segments));
  return hit && { ...hit.compiled.value, template: hit.compiled.template };
}
