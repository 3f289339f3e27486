/**
 * What Microsoft support and Q&A answerers ask for, read from the paste for the drafted
 * question: the status when it is written as "Response 403:" (a form the evidence reader does
 * not take as a status, because in prose "response 403" is ambiguous), and the correlation and
 * trace ids that sign-in errors print instead of a request-id. Sign-in error pages print them as
 * "Trace ID: … Correlation ID: …" (see the AADSTS reference,
 * https://learn.microsoft.com/entra/identity-platform/reference-error-codes). Bounded, linear
 * patterns; GUIDs only, so nothing secret can ride along.
 */
const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const TRACE_ID = new RegExp(`\\btrace[ _-]?id["']?\\s{0,5}[:=]?\\s{0,5}["']?(${GUID})`, 'i');
const CORRELATION_ID = new RegExp(`\\bcorrelation[ _-]?id["']?\\s{0,5}[:=]?\\s{0,5}["']?(${GUID})`, 'i');
const RESPONSE_STATUS = /\bresponse(?:\s{1,3}status)?\s{0,3}[:=]?\s{0,3}([1-5]\d\d)\s{0,3}[:(]/i;

export interface SupportIds {
  readonly status?: number;
  readonly correlationId?: string;
  readonly traceId?: string;
}

export function findSupportIds(paste: string): SupportIds {
  const status = RESPONSE_STATUS.exec(paste)?.[1];
  return {
    status: status ? Number(status) : undefined,
    correlationId: CORRELATION_ID.exec(paste)?.[1],
    traceId: TRACE_ID.exec(paste)?.[1],
  };
}
