/**
 * How a service says it throttled the caller or a limit was reached: Graph's 429 "Too Many
 * Requests" with Retry-After (https://learn.microsoft.com/graph/throttling), Exchange's
 * MailboxConcurrency limit, and a resource's own limit ("has reached its limit of subscriptions").
 * The call was authorized; backing off, not a permission, is the fix.
 */
import { registerPhrases } from '../phrase-index.js';

// Exchange names each of its per-app limits in one sentence, "Application is over its <limit> limit"
// (MailboxConcurrency, IncomingBytes, OutgoingBytes …), the Outlook service limits of
// https://learn.microsoft.com/graph/throttling-limits#outlook-service-limits.
// The Graph SDKs' retry handler gives up on a throttled (429/503) call after its retries with "Too many
// retries performed" / "More than 3 retries encountered while sending the request" (its own error
// table, e.g. https://github.com/microsoftgraph/msgraph-sdk-dotnet-core, RetryHandler; the retry is
// what https://learn.microsoft.com/graph/throttling asks for).
export const THROTTLED_PHRASES: readonly string[] = ['mailboxconcurrency', 'too many requests', 'throttl', 'retry-after', 'rate limit', 'please try again later', 'has reached its limit', 'application is over its', 'too many retries performed', 'retries encountered while sending the request'];
registerPhrases(THROTTLED_PHRASES);
