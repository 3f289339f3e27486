/**
 * HTTP statuses that Microsoft Graph answers only about the request itself or the service's
 * state, never about who the caller is or what it may do: the request's method, format, size,
 * preconditions or range, or the storage quota. Graph's table of statuses
 * (https://learn.microsoft.com/graph/errors#http-status-codes) describes each so.
 * 400, 404 and the 5xx statuses are not listed: Graph also answers them for calls it refused for
 * want of a user or license (a /me without a user is 400, a mailbox that is not there 404), so
 * they only break ties. 429 is read with throttling (./throttling.ts).
 */
export interface RequestStatus {
  readonly status: number;
  /** What Graph's table says the status means, in our words. */
  readonly meaning: string;
}

export const REQUEST_STATUSES: readonly RequestStatus[] = [
  { status: 405, meaning: 'the HTTP method is not allowed on this resource' },
  { status: 406, meaning: 'the service does not offer the format the Accept header asks for' },
  { status: 409, meaning: 'the request conflicts with the current state of the resource' },
  { status: 411, meaning: 'the request needs a Content-Length header' },
  { status: 412, meaning: 'a precondition of the request (such as If-Match) does not hold' },
  { status: 413, meaning: 'the request is larger than the service accepts' },
  { status: 415, meaning: 'the request body is in a format the service does not accept' },
  { status: 416, meaning: 'the byte range asked for is not valid or not available' },
  { status: 507, meaning: 'the storage quota is reached' },
];

const BY_STATUS = new Map(REQUEST_STATUSES.map((r) => [r.status, r] as const));

/** The first of these statuses among a paste's statuses. */
export function requestStatusIn(statuses: readonly number[]): RequestStatus | undefined {
  for (const s of statuses) {
    const row = BY_STATUS.get(s);
    if (row) return row;
  }
  return undefined;
}
