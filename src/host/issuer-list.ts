/**
 * Keeps botframework-connector's global list of Emulator token issuers at its shipped size.
 *
 * EmulatorValidation.isTokenFromEmulator() appends four issuer URLs to that module-level array
 * for every `tid` it has not seen, from an UNVERIFIED token, before any signature check: a
 * stream of forged tokens with fresh tenant ids grows it (and the linear search over it) without
 * end. The entries only matter for the request that added them, and that request copies the
 * list into its own verify options in the same synchronous step that appends them (see
 * parameterizedBotFrameworkAuthentication.js), so cutting the list back after every
 * authentication loses nothing: a real Emulator token for that tenant adds them again.
 */
import { ToBotFromBotOrEmulatorTokenValidationParameters } from 'botframework-connector';

const issuers: unknown = ToBotFromBotOrEmulatorTokenValidationParameters.issuer;
/** The issuers botframework-connector ships with, counted when this module loads. */
const SHIPPED = Array.isArray(issuers) ? issuers.length : 0;

export function trimEmulatorIssuers(): void {
  if (Array.isArray(issuers) && issuers.length > SHIPPED) issuers.length = SHIPPED;
}

/** For tests: how many issuers the framework holds now, and how many it shipped with. */
export function emulatorIssuerCount(): { now: number; shipped: number } {
  return { now: Array.isArray(issuers) ? issuers.length : 0, shipped: SHIPPED };
}
