/**
 * The ids a command or a support question needs that a paste often carries in its text: the app
 * (client) id, the tenant id, the sign-in's correlation id, its trace id, the object id of the
 * user in the request path, and the status when it is only written as "Response 403:". AADSTS
 * pages print both "Trace ID" and "Correlation ID" (https://learn.microsoft.com/entra/identity-platform/reference-error-codes):
 * the sign-in logs are searched by the correlation id, so the two are kept apart. Linear: each
 * pattern is one non-nested pass with bounded gaps; GUIDs only, so nothing secret rides along.
 */
const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const GAP = `["']?\\s{0,5}[:=]?\\s{0,5}["']?`;

const CORRELATION_ID = new RegExp(`\\bcorrelation[ _-]?id${GAP}(${GUID})`, 'i');
const TRACE_ID = new RegExp(`\\btrace[ _-]?id${GAP}(${GUID})`, 'i');
const APP_ID_LABELLED = new RegExp(`\\b(?:app(?:lication)?[ _-]?\\(?client\\)?[ _-]?id|app(?:lication)?[ _-]?id|client[ _-]?id|appid|azp)${GAP}(${GUID})`, 'gi');
/** AADSTS wording: "… application '<guid>'(Name) …", "… application with ID '<guid>' named …". */
const APP_ID_QUOTED = new RegExp(`\\bapplication(?: with (?:identifier|id))?\\s{0,3}'(${GUID})'`, 'gi');
const TENANT_ID = new RegExp(`\\b(?:directory \\(tenant\\) id|tenant[ _-]?id|tenant|tid)${GAP}(${GUID})`, 'i');
const AUTHORITY_TENANT = new RegExp(`login\\.microsoftonline\\.(?:com|us)/(${GUID})\\b`, 'i');
/**
 * "Response 403:" / "Response status 403 (": SDKs and scripts print the status this way. The
 * evidence reader does not take it as the status (in prose "response 403" is ambiguous); the
 * drafted support question uses it when nothing better says the status.
 */
const RESPONSE_STATUS = /\bresponse(?:\s{1,3}status)?\s{0,3}[:=]?\s{0,3}([1-5]\d\d)\s{0,3}[:(]/i;
const USER_IN_PATH = new RegExp(`/users/(${GUID})(?=[/?#\\s"')]|$)`, 'i');

/** Microsoft's own resource apps (Graph 00000003-…, Azure AD Graph 00000002-…): never "your app". */
const FIRST_PARTY_RESOURCE = /^0000000\d-0000-0000-c000-000000000000$/i;

export interface PasteIds {
  readonly appId?: string;
  readonly tenantId?: string;
  readonly correlationId?: string;
  readonly traceId?: string;
  /** The object id of the user in the request path (sign-in names stay out: they are personal). */
  readonly userObjectId?: string;
  /** The status as written "Response 403:" (see RESPONSE_STATUS). */
  readonly responseStatus?: number;
}

function firstApp(text: string, pattern: RegExp): string | undefined {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const id = m[1] ?? '';
    if (!FIRST_PARTY_RESOURCE.test(id)) return id.toLowerCase();
  }
  return undefined;
}

function lower(id: string | undefined): string | undefined {
  return id?.toLowerCase();
}

export function findPasteIds(text: string, requestUrl?: string): PasteIds {
  const status = RESPONSE_STATUS.exec(text)?.[1];
  const ids: Record<string, string | number | undefined> = {
    appId: firstApp(text, APP_ID_LABELLED) ?? firstApp(text, APP_ID_QUOTED),
    tenantId: lower(TENANT_ID.exec(text)?.[1] ?? AUTHORITY_TENANT.exec(text)?.[1]),
    correlationId: lower(CORRELATION_ID.exec(text)?.[1]),
    traceId: lower(TRACE_ID.exec(text)?.[1]),
    userObjectId: requestUrl ? lower(USER_IN_PATH.exec(requestUrl)?.[1]) : undefined,
    responseStatus: status ? Number(status) : undefined,
  };
  for (const k of Object.keys(ids)) if (ids[k] === undefined) delete ids[k];
  return ids as PasteIds;
}
