/**
 * Readings of the admin PowerShell sessions a paste shows: how the module signed in (app-only with a certificate, an
 * app id or a managed identity, or as a user) decides what a refusal or a missing cmdlet in it means.
 */
import type { Evidence } from './evidence/index.js';
import { isNegatedAt } from './evidence/negation.js';
import { oncePerPaste } from './once-per-paste.js';
import { registerPhrases } from './phrase-index.js';
import { gated, testIn } from './word-gate.js';

/**
 * An admin PowerShell module connected app-only (a certificate, an app id or a managed identity:
 * Connect-MicrosoftTeams, Connect-ExchangeOnline, Connect-IPPSSession) is refused, and the app's service principal
 * is said to hold no Entra role. Those modules authorize an app by the Entra role on its service principal
 * (https://learn.microsoft.com/microsoftteams/teams-powershell-application-authentication,
 * https://learn.microsoft.com/powershell/exchange/app-only-auth-powershell-v2), which no Graph permission replaces.
 */
const ADMIN_MODULE_APP_ONLY = gated(/\bconnect-(?:microsoftteams|exchangeonline|ippssession)\b[^\n]{0,300}?\s-(?:certificatethumbprint|certificate|certificatefilepath|appid|applicationid|managedidentity)\b/);
const SERVICE_PRINCIPAL_WITHOUT_ROLE = /\bno (?:role )?assignments\b|\b(?:has|holds|with) no (?:entra |azure ad |directory |admin(?:istrator)? )?roles?\b|\bnot (?:been )?assigned (?:any|an?) (?:entra |azure ad |directory |admin(?:istrator)? )?roles?\b|\bwithout (?:any |an? )?(?:entra |azure ad |directory |admin(?:istrator)? )?roles?\b/;
export const adminModuleAppOnlyWithoutRole = oncePerPaste((e: Evidence): string | undefined => {
  if (!(e.statuses.includes(403) || e.has('access denied') || e.has('forbidden')) || !testIn(ADMIN_MODULE_APP_ONLY, e)) return undefined;
  const m = SERVICE_PRINCIPAL_WITHOUT_ROLE.exec(e.lower);
  return m && !isNegatedAt(e.lower, m.index) ? m[0] : undefined;
});
registerPhrases(['access denied', 'forbidden']);

/**
 * PowerShell found no such command ("The term 'Select-MgProfile' is not recognized as a name of a cmdlet …",
 * CommandNotFoundException: https://learn.microsoft.com/dotnet/api/system.management.automation.commandnotfoundexception).
 * Outside Exchange Online that is the script and its modules (a module not installed, a cmdlet a new major version
 * removed). In an Exchange Online session signed in as a user it is that user's roles: the session holds only the
 * cmdlets the user's role assignments allow (https://learn.microsoft.com/powershell/exchange/find-exchange-cmdlet-permissions).
 */
const COMMAND_NOT_FOUND = /\bis not recognized as (?:a|the) name of a cmdlet\b/;
const EXCHANGE_SESSION = /\bconnect-(?:exchangeonline|ippssession)\b/;
// The writer's own PowerShell (a prompt, a script or runbook, its modules): a service can answer the same words
// from its own side (Bookings' DELETE relaying Exchange's "Remove-Mailbox is not recognized" for a caller without
// the Exchange role), which says nothing of the writer's modules.
const LOCAL_POWERSHELL = /\bps [a-z]:\\|(?:^|\n)\s*ps>|\brunbooks?\b|\.ps1\b|\bconnect-mggraph\b|\b(?:import|install|update)-module\b|\bmodules?\b/;
export const commandNotFound = oncePerPaste((e: Evidence): 'exchange-user' | 'other' | undefined => {
  if (!e.has('is not recognized as') || !COMMAND_NOT_FOUND.test(e.lower)) return undefined;
  if (!EXCHANGE_SESSION.test(e.lower)) return LOCAL_POWERSHELL.test(e.lower) ? 'other' : undefined;
  return testIn(ADMIN_MODULE_APP_ONLY, e) ? undefined : 'exchange-user';
});
registerPhrases(['is not recognized as']);
