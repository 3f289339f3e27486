/**
 * What Microsoft Bookings' answers mean on a booking business (/solutions/bookingBusinesses/{id}), whose id is the SMTP
 * address of the business's mailbox (https://learn.microsoft.com/graph/api/resources/bookingbusiness). Read by the causes
 * and by the knowledge findings, so it lives apart from both.
 */
import type { Evidence } from './evidence/index.js';

const BOOKING_BUSINESS = /(?:^|\/)bookingbusinesses\/[^/]+/;

/** The failing call names one booking business. */
function onBookingBusiness(e: Evidence): boolean {
  return BOOKING_BUSINESS.test(e.graphRequest?.segments.join('/').toLowerCase() ?? '');
}

/**
 * ErrorNonExistentMailbox on a booking business: the id names no mailbox (a shortened name, a placeholder left in),
 * as Microsoft's docs repository has it reported (https://github.com/microsoftgraph/microsoft-graph-docs-contrib/issues/574).
 * The mailbox missing is the id's, not a user's: no licence is at stake.
 */
export function bookingBusinessIdNamesNoMailbox(e: Evidence): boolean {
  return e.codesLower.has('errornonexistentmailbox') && onBookingBusiness(e);
}

/**
 * A booking business read or written in a user's name, answered ErrorFolderNotFound: Bookings gives that answer for a
 * business that exists but whose calendar the signed-in user may not open, not being on its staff
 * (https://github.com/microsoftgraph/microsoft-graph-docs-contrib/issues/2734, a business the caller is not a member of;
 * https://github.com/microsoftgraph/microsoft-graph-docs-contrib/issues/574, a business listed a moment before). Not for an
 * app acting alone, which no staff list limits.
 */
export function bookingBusinessClosedToUser(e: Evidence): boolean {
  if (!e.codesLower.has('errorfoldernotfound') || e.context === 'app-only') return false;
  return e.graphRequest ? onBookingBusiness(e) : e.has('bookingbusiness') || e.has('booking business');
}
