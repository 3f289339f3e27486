/**
 * The permissions index in memory: answers "what does METHOD PATH need?" per scheme, and turns
 * permission ids into names and back. Built once at start from the compact file; a lookup walks
 * a trie of path segments (literal child before `{id}`), so its cost grows with the depth of the
 * path, not with the 7,000 templates.
 */
import type { HttpMethod } from './request-path.js';
import type { PermissionSource, Requirement } from './requirement.js';
import { PermissionsDataError } from './derive-index.js';
import { INDEX_FORMAT, type CompactIndex, type MethodEntry, type SchemeCode } from './index-format.js';
import { isRecord } from '../shared/is-record.js';

/** Per scheme, the permissions that allow a call, least privileged first. */
export interface EndpointSupport {
  /** The matched template, e.g. "/users/{id}". */
  readonly template: string;
  readonly method: HttpMethod;
  /** Delegated, work or school account. */
  readonly delegatedWork: readonly string[];
  /** Delegated, personal Microsoft account; empty when personal accounts are not supported. */
  readonly delegatedPersonal: readonly string[];
  readonly application: readonly string[];
  /** The permission(s) Microsoft marks least privileged, per scheme (several when Microsoft marks several). */
  readonly leastPrivileged: { readonly delegatedWork: readonly string[]; readonly delegatedPersonal: readonly string[]; readonly application: readonly string[] };
  /** Which token types can call it at all. */
  readonly tokenTypes: 'delegated-only' | 'app-only' | 'both';
  readonly personalAccounts: boolean;
  /** What a permission additionally needs on this path, e.g. { "Policy.ReadWrite.ConditionalAccess": ["Policy.Read.All"] }. */
  readonly alsoRequires?: Readonly<Record<string, readonly string[]>>;
}

export type PermissionKind = 'delegated' | 'application';

/** What one permission id stands for. */
export interface PermissionIdentity {
  readonly id: string;
  readonly name: string;
  /** delegated = a `Scope` id (oauth2PermissionScopes); application = a `Role` id (appRoles). */
  readonly scheme: PermissionKind;
  /** True for a delegated id Microsoft lists under DelegatedPersonal (personal Microsoft accounts). */
  readonly personal: boolean;
  /**
   * The clouds Microsoft lists for this id: "public" (the default, global service) and
   * others such as "PPE" or "FairFax"; "unspecified" when Microsoft's file leaves it blank.
   */
  readonly environment: string;
  readonly publicCloud: boolean;
  /** Microsoft hides the permission from consent pages and portals. */
  readonly hidden: boolean;
  readonly enabled: boolean;
}

/** What one permission name stands for. */
export interface PermissionFacts {
  readonly name: string;
  /** Ids per scheme, public cloud first. */
  readonly ids: readonly PermissionIdentity[];
  /** Privilege level (Microsoft's 1-5) and admin consent per scheme, when Microsoft's file describes the scheme. */
  readonly delegated?: { readonly privilegeLevel?: number; readonly requiresAdminConsent: boolean };
  readonly application?: { readonly privilegeLevel?: number; readonly requiresAdminConsent: boolean };
}

interface TrieNode {
  readonly literal: Map<string, TrieNode>;
  wildcard?: TrieNode;
  template?: string;
  methods?: Readonly<Record<string, MethodEntry>>;
}

function newNode(): TrieNode {
  return { literal: new Map() };
}

/** Paths under /me mean "the signed-in user": an app-only token has none. */
function isSignedInUserPath(segments: readonly string[]): boolean {
  return segments[0] === 'me';
}

/** Words in a cmdlet noun, words in one segment name (managedDeviceCompliancePolicies), nouns remembered. */
const MAX_NOUN_WORDS = 12;
const MAX_SEGMENT_WORDS = 5;
const MAX_NOUN_PATHS = 512;
/** An SDK namespace deeper than this is no real path (Graph's deepest have about a dozen segments). */
const MAX_NAMESPACE_SEGMENTS = 16;

/** How a segment can spell a run of words: plural first (messages, mailboxes, policies), then as written. */
function spellings(run: string): string[] {
  return [...(run.endsWith('y') ? [`${run.slice(0, -1)}ies`] : []), `${run}es`, `${run}s`, run];
}

/** A permission's two titles: "Send mail as a user" (delegated), "Send mail as any user" (application). */
export interface ConsentTitles {
  readonly delegated: string;
  readonly application: string;
}

export class PermissionsIndex implements PermissionSource {
  readonly name: Requirement['source'];
  readonly templateCount: number;
  readonly snapshot: string;
  private readonly root = newNode();
  private readonly names: readonly string[];
  private readonly lists: readonly (readonly number[])[];
  private readonly byId = new Map<string, PermissionIdentity[]>();
  private readonly byName = new Map<string, PermissionFacts>();
  private readonly alsoRequires: CompactIndex['alsoRequires'];
  /** Lower-cased name -> the titles of its delegated and application forms, where they differ. */
  private readonly titles = new Map<string, ConsentTitles>();
  /** The DelegatedPersonal lists the calls use (shared between calls), noted while the trie is built. */
  private readonly personalLists = new Set<number>();
  /** Lower-cased names of the permissions a personal account can hold; read on first use. */
  private personalNames?: ReadonlySet<string>;
  /** Permissions whose own schemes include DelegatedPersonal, lower-cased. */
  private readonly personalSchemes = new Set<string>();
  /** Cmdlet nouns already read (pathOfWords): a script names the same few again and again. */
  private readonly nounPaths = new Map<string, string | undefined>();
  /** Each node's literal children by lower-cased name, built when a noun first walks there. */
  private readonly lowered = new WeakMap<TrieNode, Map<string, TrieNode>>();
  /** The literal segment each node stands for. */
  private readonly literalOf = new WeakMap<TrieNode, string>();

  private lowerLiteral(node: TrieNode): Map<string, TrieNode> {
    let m = this.lowered.get(node);
    if (!m) {
      m = new Map();
      for (const [literal, child] of node.literal) {
        m.set(literal.toLowerCase(), child);
        this.literalOf.set(child, literal);
      }
      this.lowered.set(node, m);
    }
    return m;
  }

  constructor(index: CompactIndex, sourceName: Requirement['source'] = 'permissions-index') {
    if (!isRecord(index) || index.format !== INDEX_FORMAT || !isRecord(index.endpoints) || !Array.isArray(index.names) || !Array.isArray(index.lists)) {
      throw new PermissionsDataError(`not a permissions index (expected format ${INDEX_FORMAT})`);
    }
    this.name = sourceName;
    this.names = index.names;
    this.lists = index.lists;
    this.snapshot = index.source?.snapshot ?? 'unknown';
    this.alsoRequires = index.alsoRequires ?? {};
    for (const [name, pair] of Object.entries(isRecord(index.titles) ? index.titles : {})) {
      if (Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string') this.titles.set(name.toLowerCase(), { delegated: pair[0], application: pair[1] });
    }
    let count = 0;
    for (const [template, methods] of Object.entries(index.endpoints)) {
      let node = this.root;
      for (const part of template.split('/').filter(Boolean)) {
        if (part === '{id}') node = node.wildcard ??= newNode();
        else {
          let next = node.literal.get(part);
          if (!next) node.literal.set(part, (next = newNode()));
          node = next;
        }
      }
      node.template = template;
      node.methods = methods;
      for (const entry of Object.values(methods)) this.personalLists.add(entry[1]);
      count++;
    }
    this.templateCount = count;
    this.indexIdentities(index);
  }

  private indexIdentities(index: CompactIndex): void {
    const ids = new Map<string, PermissionIdentity[]>();
    for (const [at, code, id, environment, flags] of index.deployments ?? []) {
      const name = this.names[at];
      if (!name) continue;
      const clouds = environment.split(';').map((e) => e.trim()).filter(Boolean);
      const identity: PermissionIdentity = {
        id,
        name,
        scheme: code === 'a' ? 'application' : 'delegated',
        personal: code === 'p',
        environment: clouds.length > 0 ? clouds.join(';') : 'unspecified',
        publicCloud: clouds.some((c) => c.toLowerCase() === 'public'),
        hidden: flags.includes('h'),
        enabled: !flags.includes('d'),
      };
      this.byId.set(id, [...(this.byId.get(id) ?? []), identity]);
      ids.set(name.toLowerCase(), [...(ids.get(name.toLowerCase()) ?? []), identity]);
    }
    const facts = (code: SchemeCode, at: number): PermissionFacts['delegated'] => {
      const f = index.schemes?.[at]?.[code];
      return f ? { privilegeLevel: f[0] || undefined, requiresAdminConsent: f[1] === 1 } : undefined;
    };
    this.names.forEach((name, at) => {
      if (index.schemes?.[at]?.p) this.personalSchemes.add(name.toLowerCase());
      const own = (ids.get(name.toLowerCase()) ?? []).sort((a, b) => Number(b.publicCloud) - Number(a.publicCloud));
      this.byName.set(name.toLowerCase(), { name, ids: own, delegated: facts('w', at) ?? facts('p', at), application: facts('a', at) });
    });
  }

  /** Most specific template first: at each level a literal segment beats `{id}`. */
  private find(node: TrieNode, segments: readonly string[], at: number, method: string): TrieNode | undefined {
    if (at === segments.length) return node.methods?.[method] ? node : undefined;
    const seg = segments[at] as string;
    const literal = node.literal.get(seg);
    const viaLiteral = literal && this.find(literal, segments, at + 1, method);
    if (viaLiteral) return viaLiteral;
    return node.wildcard && this.find(node.wildcard, segments, at + 1, method);
  }

  private list(position: number): string[] {
    return (this.lists[position] ?? []).map((n) => this.names[n] as string);
  }

  /**
   * Whether a personal Microsoft account can hold the permission at all: Microsoft's data lists it
   * under DelegatedPersonal for some call, or among its own schemes. The second counts the
   * permissions of protocols outside Graph's paths: IMAP.AccessAsUser.All, POP.AccessAsUser.All and
   * SMTP.Send serve Outlook.com accounts too
   * (https://learn.microsoft.com/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth).
   * Chat.ReadWrite or Presence.ReadWrite never are. The names from the lists are read once, on
   * first use, from the lists noted at construction.
   */
  servesPersonalAccounts(permission: string): boolean | undefined {
    if (!this.byName.has(permission.toLowerCase())) return undefined;
    if (this.personalSchemes.has(permission.toLowerCase())) return true;
    if (!this.personalNames) {
      const names = new Set<string>();
      for (const at of this.personalLists) for (const n of this.lists[at] ?? []) names.add((this.names[n] ?? '').toLowerCase());
      this.personalNames = names;
    }
    return this.personalNames.has(permission.toLowerCase());
  }

  /** Exactly what Microsoft's data says for a template (no /me rule): for tests and tools. */
  entry(method: HttpMethod, template: string): { delegatedWork: string[]; delegatedPersonal: string[]; application: string[]; least: readonly [number, number, number] } | undefined {
    const segments = template.split('/').filter(Boolean);
    let node: TrieNode | undefined = this.root;
    for (const s of segments) node = s === '{id}' ? node?.wildcard : node?.literal.get(s);
    const e = node?.methods?.[method];
    if (!e) return undefined;
    return { delegatedWork: this.list(e[0]), delegatedPersonal: this.list(e[1]), application: this.list(e[2]), least: [e[3], e[4], e[5]] };
  }

  /**
   * Per scheme, the permissions that allow METHOD on the request's segments. Under /me the
   * application list is empty whatever the data says: Microsoft's path sets share entries
   * between /me/… and /users/{id}/…, but /me is the signed-in user
   * (https://learn.microsoft.com/en-us/graph/api/resources/users), and an app-only token has none.
   */
  endpointSupport(method: HttpMethod, segments: readonly string[]): EndpointSupport | undefined {
    const node = this.find(this.root, segments, 0, method);
    const e = node?.methods?.[method];
    if (!node?.template || !e) return undefined;
    const delegatedWork = this.list(e[0]);
    const delegatedPersonal = this.list(e[1]);
    const application = isSignedInUserPath(segments) ? [] : this.list(e[2]);
    const delegated = delegatedWork.length > 0 || delegatedPersonal.length > 0;
    const also = this.alsoRequires[node.template]?.[method];
    return {
      template: node.template,
      method,
      delegatedWork,
      delegatedPersonal,
      application,
      leastPrivileged: { delegatedWork: delegatedWork.slice(0, e[3]), delegatedPersonal: delegatedPersonal.slice(0, e[4]), application: application.slice(0, application.length ? e[5] : 0) },
      tokenTypes: delegated && application.length > 0 ? 'both' : delegated ? 'delegated-only' : 'app-only',
      personalAccounts: delegatedPersonal.length > 0,
      alsoRequires: also && Object.fromEntries(also.map(([, p, extra]) => [this.names[p] as string, extra.map((x) => this.names[x] as string)])),
    };
  }

  /**
   * The path a name built from its segments' words stands for, as Microsoft Graph PowerShell
   * names its cmdlets ("UserMailFolderMessage" -> /users/{id}/mailFolders/{id}/messages): the
   * words are matched, longest run first, against the literal segments the data has at each
   * level (a collection's name in the plural, a navigation property as written), stepping into
   * `{id}` after a collection. `lastById` adds the id of the last collection (a -MessageId given).
   * Only a path the data has for the method is returned.
   */
  pathOfWords(method: HttpMethod, words: readonly string[], lastById: boolean): string | undefined {
    // Real cmdlet nouns have a handful of words; a crafted one must not cost a scan per word run.
    if (words.length === 0 || words.length > MAX_NOUN_WORDS) return undefined;
    const key = `${method} ${lastById ? 1 : 0} ${words.join('')}`;
    if (this.nounPaths.has(key)) return this.nounPaths.get(key);
    if (this.nounPaths.size >= MAX_NOUN_PATHS) this.nounPaths.clear();
    const path = this.readPathOfWords(method, words, lastById);
    this.nounPaths.set(key, path);
    return path;
  }

  private readPathOfWords(method: HttpMethod, words: readonly string[], lastById: boolean): string | undefined {
    const walked = this.walkWords(this.root, words, 0);
    if (!walked) return undefined;
    const segments = lastById && walked.node.wildcard ? [...walked.segments, '{id}'] : walked.segments;
    return this.find(this.root, segments, 0, method) ? `/${segments.join('/')}` : undefined;
  }

  /** Words from `at` on, as segments under `node`: longest run first, an item's `{id}` before its own segments. */
  private walkWords(node: TrieNode, words: readonly string[], at: number): { segments: string[]; node: TrieNode } | undefined {
    if (at === words.length) return { segments: [], node };
    for (let to = Math.min(words.length, at + MAX_SEGMENT_WORDS); to > at; to--) {
      const run = words.slice(at, to).join('').toLowerCase();
      // PowerShell names a cmdlet after the entity set (drives, calendars): the plural first.
      const children = this.lowerLiteral(node);
      const named = spellings(run).map((name) => children.get(name)).filter((x) => x !== undefined);
      for (const child of named) {
        const literal = this.literalOf.get(child) as string;
        if (to === words.length) return { segments: [literal], node: child };
        const viaItem = child.wildcard && this.walkWords(child.wildcard, words, to);
        if (viaItem) return { segments: [literal, '{id}', ...viaItem.segments], node: viaItem.node };
        const direct = this.walkWords(child, words, to);
        if (direct) return { segments: [literal, ...direct.segments], node: direct.node };
      }
    }
    return undefined;
  }

  /**
   * The path whose segments these are, compared without regard to case, "{id}" standing for an
   * item: how an SDK's generated namespace names it (Users, {id}, MailFolders ->
   * /users/{id}/mailfolders, spelled as the data spells it). Only a path the data has for the method.
   */
  pathOfSegments(method: HttpMethod, segments: readonly string[]): string | undefined {
    if (segments.length === 0 || segments.length > MAX_NAMESPACE_SEGMENTS) return undefined;
    let node: TrieNode = this.root;
    const path: string[] = [];
    for (const segment of segments) {
      const next: TrieNode | undefined = segment === '{id}' ? node.wildcard : this.lowerLiteral(node).get(segment.toLowerCase());
      if (!next) return undefined;
      path.push(segment === '{id}' ? '{id}' : (this.literalOf.get(next) as string));
      node = next;
    }
    return node.methods?.[method] ? `/${path.join('/')}` : undefined;
  }

  resolve(method: HttpMethod, segments: readonly string[]): Requirement | undefined {
    const s = this.endpointSupport(method, segments);
    if (!s) return undefined;
    return {
      method,
      template: s.template,
      delegated: s.delegatedWork,
      application: s.application,
      delegatedPersonal: s.delegatedPersonal,
      leastPrivileged: s.leastPrivileged,
      alsoRequires: s.alsoRequires,
      note: isSignedInUserPath(segments) ? 'Paths under /me mean the signed-in user, so only a delegated token can call them; an app-only token calls /users/{id} instead.' : undefined,
      source: this.name,
    };
  }

  /**
   * The permission an id stands for. Ids are GUIDs (any case). With several matches (a few ids
   * are shared between schemes or renamed permissions), the scheme given decides, then the
   * public cloud; undefined when Microsoft's data has no such id.
   */
  permissionById(id: string, scheme?: PermissionKind): PermissionIdentity | undefined {
    const all = this.byId.get(id.trim().toLowerCase());
    if (!all) return undefined;
    const fit = scheme ? all.filter((i) => i.scheme === scheme) : all;
    return fit.find((i) => i.publicCloud) ?? fit[0];
  }

  /** All the permissions an id stands for (usually one). */
  permissionsById(id: string): readonly PermissionIdentity[] {
    return this.byId.get(id.trim().toLowerCase()) ?? [];
  }

  /** The titles Microsoft gives a permission's delegated and application forms, where they differ (any case). */
  consentTitles(name: string): ConsentTitles | undefined {
    return this.titles.get(name.trim().toLowerCase());
  }

  /** Case-insensitive: "user.read" finds User.Read. */
  permissionByName(name: string): PermissionFacts | undefined {
    return this.byName.get(name.trim().toLowerCase());
  }
}
