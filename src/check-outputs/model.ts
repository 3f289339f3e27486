/**
 * What a check's output says, in two forms: the parsed output (every row, with ids and names,
 * for the summary a user reads) and its facts (the few things verdicts need, small enough to
 * travel in card action data, free of ids and names of people).
 */
import type { PermissionKind } from '../permissions/permissions-index.js';

export type OutputKind =
  | 'required-access'
  | 'delegated-grants'
  | 'app-role-assignments'
  | 'sign-in'
  | 'licenses'
  | 'mailbox'
  | 'exchange-role-assignments'
  | 'exchange-authorization-test';

export const OUTPUT_KINDS: readonly OutputKind[] = ['required-access', 'delegated-grants', 'app-role-assignments', 'sign-in', 'licenses', 'mailbox', 'exchange-role-assignments', 'exchange-authorization-test'];

export type OutputFormat = 'json' | 'table' | 'list' | 'text';

/** One permission as an output shows it, named through Microsoft's permissions data when it can be. */
export interface ShownPermission {
  /** The permission's name: from the index for ids, as printed for scope strings. */
  readonly name?: string;
  /** The id as printed, when the output shows ids. */
  readonly id?: string;
  readonly kind: PermissionKind;
  /** graph = Microsoft Graph; other = another API; unknown = the output does not say. */
  readonly resource: 'graph' | 'other' | 'unknown';
  /** Why there is no name, or what else to know (another cloud, cut by PowerShell). */
  readonly note?: string;
}

/** What a parsed output shows, as lines for a card: each a plain sentence. */
export interface ParsedOutput {
  readonly kind: OutputKind;
  readonly format: OutputFormat;
  /** What the command was, in words ("The app registration's requested permissions"). */
  readonly title: string;
  /** What it shows, one line per row or group, with ids and names (trimmed in group chats by the caller). */
  readonly lines: readonly string[];
  /** Values that identify people or tenants in those lines (UPNs, object ids), for trimming in group chats. */
  readonly personal: readonly string[];
  readonly facts: OutputFacts;
}

export type ConsentScope = 'all-users' | 'one-user';

/** The facts verdicts read. Permission names only (no ids), no people. */
export interface OutputFacts {
  readonly kind: OutputKind;
  /** Microsoft Graph permissions the output shows (requested for required-access, granted otherwise). */
  readonly permissions: readonly { readonly name: string; readonly kind: PermissionKind; readonly consent?: ConsentScope }[];
  /** Permissions the output shows that could not be named, or that belong to another API. */
  readonly unnamed: number;
  readonly otherApis: number;
  /** PowerShell cut some values: the list may be incomplete. */
  readonly cut: boolean;
  readonly signIn?: {
    readonly errorCode?: number;
    readonly failureReason?: string;
    /** Conditional Access overall: success, failure, notApplied. */
    readonly caStatus?: string;
    /** Policies that failed, with what they required. */
    readonly failedPolicies: readonly { readonly name: string; readonly controls: readonly string[] }[];
    readonly appOnly?: boolean;
  };
  readonly licenses?: {
    readonly skus: readonly string[];
    /** Service plans as printed (servicePlanName), when the output has them; enabled ones only. */
    readonly plans?: readonly string[];
  };
  readonly mailbox?: { readonly found: boolean; readonly type?: string };
  readonly exchange?: {
    /** Permission names of the app's Exchange roles ("Application Mail.Read" -> Mail.Read). */
    readonly roles: readonly string[];
    /** Per permission, whether the tested mailbox is in its scope (Test-ServicePrincipalAuthorization with -Resource). */
    readonly inScope?: Readonly<Record<string, boolean>>;
    readonly scoped: boolean;
  };
}

export function emptyFacts(kind: OutputKind): OutputFacts {
  return { kind, permissions: [], unnamed: 0, otherApis: 0, cut: false };
}

/** A parser for one command's output: undefined when the text is not that output. */
export interface OutputParser {
  readonly kind: OutputKind;
  /** The command(s) whose output it reads, for help texts. */
  readonly commands: readonly string[];
  /** Where the shape it reads is documented. */
  readonly source: string;
  readonly parse: (text: string) => ParsedOutput | undefined;
}
