/**
 * The call a Graph SDK made, read from the request builder a stack trace or log names. Kiota
 * generates the SDKs' request builders into namespaces that follow the API path they build
 * (https://learn.microsoft.com/openapi/kiota/request-builders), an indexed item ("Item") standing
 * for an id:
 * - .NET:   Microsoft.Graph.Users.Item.Messages.MessagesRequestBuilder.GetAsync
 * - Java:   com.microsoft.graph.users.item.sendmail.SendMailRequestBuilder.post
 * - Python: msgraph/generated/users/item/messages/messages_request_builder.py", line 60, in get
 * - PHP:    Microsoft\Graph\Generated\Users\Item\Messages\MessagesRequestBuilder->get
 * - Go:     msgraph-sdk-go/users.(*ItemMessagesRequestBuilder).Get
 * Each step of the namespace is matched to a segment of a path in Microsoft's permissions data.
 */
import type { HttpMethod } from '../../permissions/request-path.js';
import { defaultPermissionsIndex } from '../../permissions/default-index.js';

export interface BuilderRequest {
  readonly method: HttpMethod;
  readonly methodStated: boolean;
  readonly path: string;
  readonly at: number;
}

/** Where a generated builder's namespace starts, in each SDK's spelling. */
const SDK_ROOT = /\b(?:Microsoft\.Graph(?:\.Beta)?|com\.microsoft\.graph(?:\.beta)?|msgraph(?:_beta)?[\\/.]generated|Microsoft\\{1,2}Graph\\{1,2}(?:Beta\\{1,2})?Generated|msgraph-(?:beta-)?sdk-go)[\\/.]/gi;
/** The run of namespace steps after the root (bounded: a real namespace has a dozen steps at most). */
const STEPS = /^[\w.\\/()*]{1,400}/;
/** The call on the builder: .GetAsync( .post( ->get( ).Get, or Python's ", line 60, in get". */
const CALL_AFTER = /^\.py"?,?\s{0,3}line\s{0,3}\d{1,6},?\s{0,3}in\s{1,3}(\w{2,20})|^(?:\.|->|\)\.)(\w{2,20})/i;
const BUILDER_METHODS: Readonly<Record<string, HttpMethod>> = {
  get: 'GET', getasync: 'GET', post: 'POST', postasync: 'POST', patch: 'PATCH', patchasync: 'PATCH',
  put: 'PUT', putasync: 'PUT', delete: 'DELETE', deleteasync: 'DELETE',
};
/** Namespace steps that are the SDK's own, not the path's. */
const NOT_PATH = new Set(['models', 'odataerrors', 'generated', 'beta', 'core', 'kiota']);
/** Builders read per paste: each costs a walk of the permissions data, and a trace names a few. */
const MAX_BUILDERS = 8;
/** SDK namespaces looked at per paste (models and the SDK's own frames among them). */
const MAX_ROOTS = 64;

/** Go names the builder after the path below its package: ItemMessages -> Item, Messages. */
function wordsOfBuilder(name: string): string[] {
  return name.split(/(?=[A-Z])/).filter(Boolean);
}

function requestOf(steps: string[], called: string | undefined): { method: HttpMethod; methodStated: boolean; path: string } | undefined {
  // Each step is one segment of the path: "Item" an id, Python's send_mail the segment sendMail.
  const segments = steps.filter((s) => !NOT_PATH.has(s.toLowerCase())).map((s) => (s.toLowerCase() === 'item' ? '{id}' : s.replace(/_/g, '')));
  if (segments.length === 0 || segments[0] === '{id}') return undefined;
  const stated = called === undefined ? undefined : BUILDER_METHODS[called.toLowerCase()];
  const index = defaultPermissionsIndex();
  for (const method of stated ? [stated] : (['GET', 'POST', 'PATCH', 'DELETE'] as const)) {
    const path = index.pathOfSegments(method, segments);
    if (path) return { method, methodStated: stated !== undefined, path };
  }
  return undefined;
}

export function findBuilderRequests(text: string): BuilderRequest[] {
  const out: BuilderRequest[] = [];
  if (!/requestbuilder|request_builder/i.test(text)) return out;
  SDK_ROOT.lastIndex = 0;
  let m: RegExpExecArray | null;
  const seen = new Set<string>();
  for (let read = 0; read < MAX_ROOTS && seen.size < MAX_BUILDERS && (m = SDK_ROOT.exec(text)) !== null; read++) {
    const from = m.index + m[0].length;
    const run = STEPS.exec(text.slice(from, from + 400))?.[0] ?? '';
    const steps = run.split(/[\\/.()*]+/).filter(Boolean);
    const builderAt = steps.findIndex((s) => /RequestBuilder$|_request_builder$/i.test(s));
    if (builderAt < 0) continue;
    const builder = steps[builderAt] ?? '';
    const key = steps.slice(0, builderAt + 2).join('.').toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    // .NET, Java, PHP and Python name the path in the namespace; Go in its package and the builder's name.
    const goBuilder = /^msgraph-(?:beta-)?sdk-go/i.test(m[0]) ? wordsOfBuilder(builder.replace(/RequestBuilder$/i, '')) : [];
    const namespace = [...steps.slice(0, builderAt), ...goBuilder];
    // The call is what follows the builder's own name in the run (".GetAsync"), or its Python frame.
    const builderEnd = from + run.indexOf(builder) + builder.length;
    const call = CALL_AFTER.exec(text.slice(builderEnd, builderEnd + 60));
    const r = requestOf(namespace, call?.[1] ?? call?.[2]);
    if (r) out.push({ ...r, at: m.index });
  }
  return out;
}
