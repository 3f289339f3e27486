/**
 * Pastes written for these tests by people who never saw the classifier (helpers briefed with the
 * cause catalog only, told to hide the deciding detail in noise, other languages, code and wrong
 * guesses of their own, and to check every Graph and Entra message against real sources). Each
 * file is one brief: its focus is its name. They were first run before the readings they led to
 * were written, so they are no longer unseen: here they guard those readings as a floor, not a
 * measure of how the classifier does on new pastes (the corpus's validation split is that).
 * The translated-* sets are English pastes of the other sets rewritten in another language by the
 * same kind of helper, the software's output left as printed: the readings must hold across languages.
 * The later sets keep each paste's `basis`: why an expert settles on the cause, and the Microsoft page
 * or public thread its error message was checked against. Four of them (typical-short-pastes,
 * users-roles-and-look-alikes, flows-in-code-3, audiences-and-401s-2) were answered right first
 * 133 times in 144 before the readings they led to were written; three more (not-authorization-look-alikes-3,
 * consent-and-scope-wordings, policies-licences-and-exchange) 86 times in 90; five more (audience-vs-token-401s,
 * type-vs-missing-prose-4, user-vs-app-prose-4, not-authorization-look-alikes-4, passwords-tokens-policies-4)
 * 135 times in 150, and the last five (401-look-alikes-vs-token, missing-among-look-alikes,
 * type-vs-missing-short, user-vs-app-prose-5, chat-length-all-causes) 137 times in 156. Two of the last
 * were relabelled on review, their basis saying why. Three written last as a held-out check of the
 * whole (forum-posts-all-causes, non-english-all-causes, sdk-exceptions-all-causes) were answered right
 * first 86 times in 90, none confidently wrong, before one reading was added for a miss they shared
 * with chat-length-all-causes. A fifth round (not-auth-vs-token-5, not-auth-vs-missing-5, then
 * audience-vs-token-5 and type-user-vs-missing-5, scored after the readings the first two led to)
 * was answered right first 113 times in 120; its one confident mistake was a label, changed on review.
 * A sixth (passwords-by-apps-and-users-6, policies-vs-tokens-6, mail-integrations-6,
 * teams-sharepoint-planner-6) 105 times in 120, with one confident mistake, before its readings; a
 * seventh (short-chat-all-causes-7, type-vs-missing-in-code-7, tool-issues-look-alikes-7) 86 times in 90,
 * none confidently wrong; an eighth (decoded-claims-8, ask-or-decide-8, cli-output-8) 87 times in 90,
 * with two confident mistakes (a guess put as a question, an error told as history) before its readings;
 * a ninth (power-platform-9, teams-apps-bots-sso-9, less-common-languages-9) 87 times in 90, with one;
 * a tenth (intune-security-apis-10, then sharepoint-rest-pnp-10 and directory-admin-10 after the
 * first one's readings) 75 times in 90, none confidently wrong; an eleventh (apps-mail-calendar-files-11,
 * less-common-apis-11, wrong-self-diagnosis-11) 86 times in 90, with one (a OneNote error dated before
 * the OneNote API stopped serving app-only tokens, read as that retirement); a twelfth (minimal-pastes-12,
 * identity-governance-12, ci-and-hosting-12) 82 times in 90, none confidently wrong; a thirteenth
 * (exchange-access-13, spa-and-mobile-13, two-errors-13) 82 times in 90, with four (a fixed error and a
 * forum's error read as the current one, a group's missing mailbox read as a user's licence, two
 * current failures answered as one); a fourteenth (portal-and-logs-14, saas-connectors-14) 57 times in
 * 60, none confidently wrong (its third set, on files and sites, 23 times in 30, stays out: its misses
 * need per-endpoint permission rules the permissions data does not give); a fifteenth (first-graph-app-15,
 * teams-communications-15, multitenant-isv-15) 84 times in 90, none confidently wrong; a sixteenth
 * (external-id-b2c-16, devices-keys-16, other-stacks-16) 84 times in 90, with one (Graph's own expiry
 * refusal read as a Graph token sent to the writer's function app); a seventeenth (long-logs-17,
 * permission-names-17) 46 times in 50, with one (a token expiry the log shows renewed, read as the failure);
 * an eighteenth (copilot-agents-connectors-18, more-languages-18, raw-http-and-claims-18,
 * education-bookings-planner-18) 117 times in 120, none confidently wrong; a nineteenth (admin-roles-directory-19,
 * flaky-and-sometimes-19) 55 times in 60, with two (a Global Administrator holding the assignment scope for
 * custom security attributes read as lacking it, and a licence refusal that comes and goes); a twentieth
 * (cross-tenant-and-guests-20, security-defender-apis-20) 55 times in 60, none confidently wrong; a
 * twenty-first (sovereign-clouds-21, mfa-enforcement-and-legacy-auth-21) 57 times in 60, none; a
 * twenty-second (addin-and-teams-sso-22, told-not-pasted-22) 56 times in 60, none; a twenty-third
 * (third-party-tools-23, edits-and-updates-23) 52 times in 60, with four (posts told in time order,
 * "first attempt … now:", whose earlier, fixed error was read as the current one); a twenty-fourth
 * (docs-quoted-24, config-beside-errors-24) 59 times in 60, with one (a quoted permissions table's
 * "Delegated (personal Microsoft account)" row read as the caller's account); a twenty-fifth
 * (quoted-advice-25, verbose-sdk-logs-25) 59 times in 60, none confidently wrong; a twenty-sixth
 * (401-reports-26, user-vs-app-reports-26) 57 times in 60, none. 401-reports-26 stays at 29 of 30:
 * its miss is a Graph token sent to Power BI, known only by Power BI's own error code, for which
 * no Microsoft page was found. A twenty-seventh (several-calls-27, claims-formats-27) 58 times in 60,
 * none confidently wrong (a permission named before the type it was added as, and jwt.ms's claims
 * table, were not read); a twenty-eighth (wrapped-truncated-28, rich-text-residue-28) 59 times in 60,
 * none confidently wrong. A twenty-ninth (graph-explorer-29, migrations-29) 55 times in 60, with two:
 * a "/me" named in the prose beside the call the paste shows, and an app-only flow read from a client
 * secret where the code redeems a user's refresh token; a thirtieth (forwarded-tickets-30,
 * screenshot-ocr-30) 59 times in 60, none confidently wrong. A thirty-first (subscriptions-webhooks-31,
 * reports-audit-logs-31) 57 times in 60 and a thirty-second (chat-threads-32, workload-apis-32) 58 times
 * in 60, none confidently wrong. reports-audit-logs-31 stays at 29 of 30: its miss is the Management
 * Activity API's AF20024 ("already enabled"), a code its reference table does not list. A thirty-third
 * (app-management-33, iac-deployments-33) 54 times in 60 and a thirty-fourth (more-languages-34,
 * after-a-change-34) 59 times in 60, none confidently wrong. Two stay missed: app-management-33's Cloud
 * Application Administrator refused a Graph app role (the reading that would answer it cost a
 * validation case), and more-languages-34's guest told only in Arabic. A thirty-fifth (personal-accounts-35,
 * desktop-wam-35) 56 times in 60, with one (a personal account the writer was not sure had signed in);
 * a thirty-sixth (sharepoint-rest-pnp-36, licensing-36) 54 times in 60, none confidently wrong. A
 * thirty-seventh (gdap-csp-37, search-api-37) 59 times in 60 and a thirty-eighth (mail-protocols-38,
 * mobile-native-38) 58 times in 60, none confidently wrong. mail-protocols-38 stays at 29 of 30: its
 * token expired before the failures its log lines time, and log-line timestamps are not read as the
 * time of the error. A thirty-ninth (api-obo-39, business-apps-39) 59 times in 60, none confidently
 * wrong; its writers ran out of searches partway, and each basis says which messages were not re-checked.
 * A fortieth (automation-mi-40, helpdesk-tickets-40, web-apps-40, batch-bulk-40) 116 times in 120, none
 * confidently wrong. A forty-first (legacy-sdks-41, productivity-apis-41, local-vs-deployed-41,
 * sign-in-config-41) 111 times in 120, once confidently: a bare interaction_required its writer wanted
 * asked about, relabelled Conditional Access on review (the catalog's evidence for it; its basis says so).
 * A forty-second, aimed at the corpus's hardest confusions (na-behind-permission-words-42,
 * invalid-token-or-audience-42, type-told-as-missing-42, user-access-told-as-missing-42), 102 times in 120,
 * twice confidently; four of its not-authorization labels were relabelled on review to the corpus's
 * convention for their codes (AADSTS65002, 500011, 7000215), each basis saying so. A forty-third
 * (service-states-43, thin-posts-43, graph-token-for-what-43, multi-error-logs-43) 112 times in 120,
 * twice confidently: one an error told as gone that was still read, the other a bare
 * NoPermissionsInAccessToken written as undecidable, relabelled to the catalog's type mismatch on review.
 * A forty-fourth 100 times in 120, twice confidently: client-side-bugs-44 (28/30), type-oblique-44
 * (23/30 first, 27/30 now), password-writes-44 (24/30 first, 26/30 now) and delegated-user-access-44
 * (25/30, 26/30 once its one confident "mistake" was relabelled on review: Microsoft's data and the shares
 * API page ask for Files.ReadWrite for the call, which the session lacked; its basis says so). A
 * forty-fifth (admin-roles-delegated-45, endpoint-limits-45, types-in-tools-45) 75 times in 90, none
 * confidently wrong; 83/90 now. A forty-sixth, aimed again at the corpus's hardest confusions
 * (na-behind-permission-words-46, token-words-not-token-46, audience-as-token-46, type-and-user-as-missing-46),
 * 111 times in 120, once confidently (API Management's own 401 for a missing subscription key read as a
 * token for another API); one AADSTS7000215 label was relabelled to the corpus's convention, its basis saying so.
 * A forty-seventh (type-without-words-47, password-account-writes-47, user-access-prose-47, audience-as-missing-47)
 * 108 times in 120, twice confidently (an app's password reset refused because the user is synced from
 * on-premises, and a user's sign-in while the permissions' tenant-wide twins were granted as Application); 117/120 now.
 * A forty-eighth (na-told-by-what-changed-48, types-in-low-code-48, 401s-audience-or-token-48, user-or-app-48)
 * 109 times in 120, none confidently wrong; 116/120 now. A forty-ninth (401s-clients-fault-49, types-other-languages-49,
 * long-logs-49, admin-apis-49) 105 times in 120, three times confidently (a redirect that dropped the Authorization
 * header and a module regression, read as the token; an expiry renewed after a dash, read as the failure); 111/120 now.
 * 401s-clients-fault-49 is the hardest (21/30 first, 26/30 now): its writer labels a tool or a redirect that sends
 * no token not-authorization, as the corpus does for the module regression it names. A fiftieth (tool-issue-reports-50,
 * qa-questions-50) 53 times in 60, once confidently (a licence said missing for an app's service principal, read as
 * the user's); one AADSTS7000215 label was relabelled to the corpus's convention, its basis saying so; 56/60 now.
 * A fifty-first (audience-other-apis-51, spo-odb-not-authorization-51, flow-in-code-51) 80 times in 90, once confidently
 * (Graph's own expiry read as a Graph token sent to EWS, which the writer had only tried); 82/90 now. Its fourth set
 * (user access in workload APIs, 24/30 with one confident mistake: ErrorNonExistentMailbox for a Bookings business's
 * id, read as the user's missing mailbox) stays out.
 * A fifty-second (na-vs-missing-52, 401s-in-prose-52, type-vs-missing-52, workloads-user-or-app-52) 105 times in 120,
 * five times confidently (an "Access token is empty" the same token or an older tool version shows lost on the way, a
 * Key Vault reference in app settings read as a call to Key Vault, a read of a private channel's messages read as
 * posting, and "Admin consent required: No" not read as the delegated form); 115/120 now. A fifty-third
 * (issue-reports-53, audience-vs-token-53, user-vs-missing-53, short-all-causes-53) 111 times in 120, once
 * confidently: a delegated /me/chats refused while the app holds Chat.Read.All as Application only, which its
 * writer labelled missing and review relabelled a type mismatch (its basis says why); 118/120 now. A fifty-fourth
 * (after-a-change-54, automation-type-vs-missing-54, sign-in-errors-54, languages-all-causes-54) 110 times in 120,
 * none confidently wrong; 117/120 now. A fifty-fifth (401-not-token-55, passwords-and-methods-55, qa-questions-55,
 * long-logs-55, the last of 24 pastes) 103 times in 114, once confidently (API Management's missing subscription key
 * read as the facade's token audience); 109/114 now. A fifty-sixth (empty-token-permissions-56, sharepoint-onedrive-56,
 * teams-apps-56, exchange-mail-56) 109 times in 120, once confidently (Graph's "Either scp or roles" where the writer,
 * in Spanish, had added no permission at all); 112/120 now. A fifty-seventh (directory-na-vs-missing-57,
 * type-in-code-stacks-57, third-party-tools-57) 87 times in 90, none confidently wrong; its fourth set (admin roles told
 * as missing permissions, 22/30 first seen with two confident mistakes, 25/30 now and none confident) stays out below
 * the floor: its misses turn on a target's own protection (a role-assignable group, a higher-privileged admin) that no
 * reading here knew then. A fifty-eighth (target-protections-58, desktop-mobile-sign-in-58, very-short-58) 80 times in 90,
 * none confidently wrong, before the reading of a protected target (a higher-privileged admin, a role-assignable group)
 * it led to; 83/90 now. Its fourth set (other Microsoft APIs' own permissions and roles, 22/30 first seen) stays out.
 * A fifty-ninth (type-told-as-missing-59, audience-or-token-59, user-told-as-missing-59) 84 times in 90, once confidently
 * (an Application permission typed "(Application type, …)" beside a user's token); 86/90 now.
 * Rounds sixty to sixty-seven (32 sets, 960 pastes) were first seen right 851 times in 960 (88.6 %), ten times
 * confidently: an "Access token is empty" that the SDK never attached (twice); a licence said missing for a user object
 * Graph said does not exist; a writer's "Token expired??" read as the error's own words; the Exchange module's own
 * token, and an IMAP login's, read as sent to Graph; a Teams import's migration permission read as a post that needs a
 * user; an upload session's URL refusing a Graph token read as an audience mismatch; and two labels relabelled on
 * review, their bases saying why (user-access-in-qa-posts-60 #14, a delegated /me/chats beside an Application-only
 * Chat.Read.All, as in round fifty-three; teams-graph-calls-66 #21, an application-only permission asked for in a
 * user's sign-in). 885/960 then. 28 sets joined (794/840 right first); sharepoint-sites-admin-64 (22/30 first seen)
 * joined later at 26/30, after the reading of a delegated SharePoint refusal beside the broadest delegated permission
 * and one relabel (#7, "Unsupported app only token": token-invalid, as sharepoint-developer-errors-65 has it, its basis
 * saying why); and two pastes of Exchange's tenant-wide SMTP AUTH switch (exchange-online-admin-and-ews-64 #16,
 * sending-mail-from-apps-67 #5) were relabelled odata-access-disabled, the corpus's convention, which those sets'
 * briefs had contradicted. Three stay out below the floor: mail-apps-and-protocols-65 (23/30 first seen), imap-pop-smtp-oauth-66
 * (20/30) and sharepoint-app-only-and-sites-selected-66 (24/30): SharePoint's site grants, and the mail protocols' own
 * sign-in words, which the readings here cover only in part. A sixty-eighth (forum-posts-mixed-68,
 * type-or-missing-68, refusal-or-not-68, which-token-68), written and scored on the build after those readings,
 * 117 times in 120, none confidently wrong; 118/120 now. A sixty-ninth (everyday-403s-and-401s-69,
 * conflicting-evidence-69, sharepoint-and-onedrive-mixed-69, exchange-mail-mixed-69), likewise, 114 times in 120, once
 * confidently (an expiry told as last week's, in the sentence that turns to today's AADSTS1002012); 115/120 now.
 * A seventieth (identity-and-security-apis-70, spa-web-and-mobile-apps-70, daemons-and-background-services-70,
 * one-liners-with-a-clue-70), likewise, 118 times in 120, none confidently wrong: an Entra ID P2-only API refused in a
 * P1 tenant, and an AADSTS7000215 its writer labels not-authorization (the convention the owner is asked about).
 * A seventy-first (managed-identities-and-azure-hosts-71, reports-intune-security-71, raw-http-sessions-71), likewise,
 * 87 times in 90, once confidently (a token the writer shortened with "..." read as damaged, beside a decoded aud of
 * the writer's own API); 90/90 after the readings of a shortened token, Go's untrusted-certificate error, a Logic App's
 * managed-identity audience and "token expired again??". Its fourth, guests-and-cross-tenant-71 (28/30 first seen, once
 * confidently: a guest's home-tenant token answered 404 read as the guest's own access), joined at 30/30 once a
 * directory object answered not found, nothing refused, stopped counting as a guest refused. A seventy-second
 * (legacy-migrations-72, locked-down-tenants-72, non-developer-admins-72), likewise, 88 times in 90, none confidently
 * wrong; 90/90 after the readings of a settings page's capitalised "Resource:", a tool where users sign in said to
 * work beside a client secret. Its fourth (bookings, Shifts, presence and calls; 25/30 first seen, twice confidently)
 * stays out at 29/30 with one: a Postman request sent with no environment selected, its variable never filled in.
 * A seventy-third (copilot-and-agents-73, education-and-schools-73, webhooks-and-delta-73, sysadmin-scripts-73),
 * likewise, 113 times in 120, three times confidently (a Mail.Send the portal's Type column shows Delegated beside an
 * app-only token; a service account's delegated token beside a scheduled task; "unlicensed users" as one item of what
 * a script covers); 120/120 now. A seventy-fourth (spe-and-lists-74, governance-and-directory-admin-74,
 * many-languages-74, office-addins-74), likewise, 111 times in 120, once confidently (FileStorageContainer.Selected
 * read as the app's missing grant while the same call worked for another account); 117/120 now. A seventy-fifth
 * (observability-logs-75, partners-and-msps-75, hobbyists-and-personal-accounts-75, community-languages-75),
 * likewise, 114 times in 120, twice confidently (an @outlook.com guest, acct 1, read as a personal account's token;
 * an API's configured "Audience" read as the token's); 117/120 now. A seventy-sixth (java-spring-backends-76,
 * easy-auth-and-apim-76, teams-administration-76, chat-conversations-76), likewise, 115 times in 120, twice
 * confidently (guests named as the people a call adds read as the caller; a colleague's "is it an on-prem mailbox?"
 * read as said); 119/120 now. A seventy-seventh (calendars-and-rooms-77, graph-beside-other-apis-77, very-short-77),
 * likewise, 83 times in 90, twice confidently (a booking business's shortened id read as a user without a mailbox;
 * graph-beside-other-apis-77 #29, a Graph token sent to Power BI, which its writer labelled ambiguous and which was
 * relabelled wrong-audience on review, its basis saying why); 85/90 now. Its fourth, app-registration-automation-77
 * (27/30), stays out with one confident mistake: delegated permissions named as what an oauth2PermissionGrant grants,
 * read as the managed identity's own. A seventy-eighth (help-channel-week-78, qa-forum-posts-78), likewise, 58 times
 * in 60, none confidently wrong (a token fetched at start-up failing "~1h after each deploy", read as the Conditional
 * Access its title asks about); 59/60 now. A seventy-ninth (sharepoint-rest-and-pnp-79, mail-send-and-read-79,
 * sign-in-failures-79, users-and-groups-79), likewise, 112 times in 120, none confidently wrong; 113/120 now. Most of
 * what stays wrong in sign-in-failures-79 is the convention the owner is asked about: an app's expired or wrong secret,
 * a redirect URI, a wrong tenant, which its writer labels not-authorization. An eightieth (401s-of-every-kind-80,
 * 403s-of-every-kind-80), likewise, 56 times in 60, none confidently wrong; 58/60 after the readings of a client's
 * logged response object (axios) answered with a web page, a status on a line of its own under its request, and an
 * object's own state (an "Anyone" link turned off) no longer counted against by its accessDenied wording. An
 * eighty-first (new-to-graph-81, production-incidents-81, mobile-and-desktop-81, no-code-automation-81), likewise,
 * 116 times in 120, none confidently wrong; 117/120 after the reading of decoded claims whose exp lies before a
 * logged 401. An eighty-second (python-data-pulls-82, dotnet-web-apps-82), likewise, 57 times in 60, none confidently
 * wrong; 58/60 after the readings of a person "never added" to the team named before, and of a person's line with a
 * verb before its arrow ("Priya runs it -> full channel history").
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { VerdictId } from '../../src/diagnosis/cause.js';
import { diagnose } from '../../src/diagnosis/diagnose.js';

// From dist/test/diagnosis/ back to the project root.
const dir = fileURLToPath(new URL('../../../test/diagnosis/written-pastes/', import.meta.url));

interface WrittenPaste {
  /** The cause an expert settles on from the paste alone, or "ambiguous" where an expert would ask first. */
  readonly cause: VerdictId | 'ambiguous';
  readonly text: string;
  /** Why the cause is settled from the paste alone, and where its message was checked (later sets). */
  readonly basis?: string;
}

/** Share of a file's pastes whose first answer must be right; today every file is at 86 % or more. */
const MIN_FIRST_RIGHT = 0.85;

describe('diagnosis: pastes written blind to the classifier', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  it('has the written sets to read', () => assert.ok(files.length >= 10, `${files.length} files`));
  for (const file of files) {
    it(`answers ${file.replace(/\.json$/, '')} right first at least ${MIN_FIRST_RIGHT * 100} % of the time, and never wrongly without asking`, () => {
      const pastes = JSON.parse(readFileSync(`${dir}${file}`, 'utf8')) as WrittenPaste[];
      let right = 0;
      const confidentlyWrong: string[] = [];
      for (const p of pastes) {
        const d = diagnose(p.text);
        const first = d.causes[0]?.id;
        // A paste written to be undecidable is answered right when the bot asks instead of answering.
        if (p.cause === 'ambiguous' ? !d.confident : first === p.cause) right++;
        else if (d.confident) confidentlyWrong.push(`${p.cause} answered ${first}: ${p.text.slice(0, 80)}`);
      }
      assert.ok(right / pastes.length >= MIN_FIRST_RIGHT, `${right}/${pastes.length} right first`);
      assert.deepEqual(confidentlyWrong, []);
    });
  }
});
