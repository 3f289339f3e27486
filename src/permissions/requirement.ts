/** What an endpoint needs: accepted permissions per scheme, least privileged first. */
import type { HttpMethod } from './request-path.js';

export type PermissionScheme = 'delegated' | 'application';

export interface Requirement {
  readonly method: HttpMethod;
  /** The matched template, e.g. "/users/{id}/sendmail". */
  readonly template: string;
  /** Accepted delegated permissions, least privileged first; empty when not supported. */
  readonly delegated: readonly string[];
  /** Accepted application permissions, least privileged first; empty when not supported. */
  readonly application: readonly string[];
  /** Why a scheme is missing or what else matters (password reset, migration only, …). */
  readonly note?: string;
  /** The permission depends on the request body (e.g. the resource a subscription watches). */
  readonly variesByResource?: boolean;
  /** The note matters only to this kind of token. */
  readonly noteAppliesTo?: 'app-only';
  /** The Microsoft Learn page the note rests on. */
  readonly learnMore?: string;
  /** Accepted delegated permissions for personal Microsoft accounts; empty when they can't call it. */
  readonly delegatedPersonal?: readonly string[];
  /** The leading permissions per scheme that Microsoft marks least privileged for this method. */
  readonly leastPrivileged?: { readonly delegatedWork: readonly string[]; readonly delegatedPersonal: readonly string[]; readonly application: readonly string[] };
  /** What a permission additionally needs on this path (Microsoft's AlsoRequires marker). */
  readonly alsoRequires?: Readonly<Record<string, readonly string[]>>;
  /**
   * Where the answer came from: the committed index of Microsoft's data (the default), or a
   * newer Microsoft permissions file named by GRAPH_PERMISSIONS_FILE.
   */
  readonly source: 'permissions-index' | 'permissions-file';
}

/** Something that can answer "what does METHOD PATH need?". */
export interface PermissionSource {
  readonly name: Requirement['source'];
  resolve(method: HttpMethod, segments: readonly string[]): Requirement | undefined;
}
