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
  /** Where the answer came from. */
  readonly source: 'built-in' | 'permissions-file';
}

/** Something that can answer "what does METHOD PATH need?". */
export interface PermissionSource {
  readonly name: Requirement['source'];
  resolve(method: HttpMethod, segments: readonly string[]): Requirement | undefined;
}
