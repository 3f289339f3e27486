/**
 * When the failure happened, by the paste's own clock: Graph's innerError "date", an AADSTS
 * "Timestamp:", or an HTTP "Date:" header. A token is judged at that moment, because a paste is
 * often read long after the call and every token has "expired" by then.
 */
import { findDate } from './error-codes.js';

const MONTHS: Readonly<Record<string, number>> = { jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11 };
/** RFC 7231 IMF-fixdate, e.g. "Date: Tue, 24 Nov 2026 07:45:31 GMT". */
const HTTP_DATE = /\bdate["']?\s{0,3}:\s{0,3}["']?(?:mon|tue|wed|thu|fri|sat|sun), (\d{2}) ([a-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) gmt\b/i;
const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})/;

function valid(ms: number): Date | undefined {
  return Number.isFinite(ms) ? new Date(ms) : undefined;
}

/** Graph and the token service write UTC without always saying so; the time is read as UTC. */
export function parseIsoUtc(text: string): Date | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  return valid(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])));
}

export function findErrorTime(text: string): Date | undefined {
  const iso = findDate(text);
  if (iso) return parseIsoUtc(iso);
  const m = HTTP_DATE.exec(text);
  const month = m ? MONTHS[(m[2] ?? '').toLowerCase()] : undefined;
  if (!m || month === undefined) return undefined;
  return valid(Date.UTC(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6])));
}
