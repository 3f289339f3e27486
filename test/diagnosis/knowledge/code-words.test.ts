import assert from 'node:assert/strict';
import { codeWords, rulesFor } from '../../../src/diagnosis/knowledge/code-words.js';

describe('diagnosis/knowledge/code-words', () => {
  const splits: [string, string[]][] = [
    ['ErrorAccessDenied', ['error', 'access', 'denied']],
    ['Authorization_RequestDenied', ['authorization', 'request', 'denied']],
    ['MailboxNotEnabledForRESTAPI', ['mailbox', 'not', 'enabled', 'for', 'restapi']],
    ['InvalidAudience', ['invalid', 'audience']],
    ['interaction_required', ['interaction', 'required']],
    ['IDX10214', ['idx', '10214']],
    ['token.expired-v2', ['token', 'expired', 'v', '2']],
  ];
  for (const [code, words] of splits) {
    it(`splits ${code} into its words`, () => assert.deepEqual(codeWords(code), words));
  }

  // Codes no table lists, made of known words.
  const unseen: [string, string | undefined][] = [
    ['TokenExpiredForResource', 'token-invalid'],
    ['Authentication_MalformedBearer', 'token-invalid'],
    ['InvalidTokenAudienceForService', 'wrong-audience'],
    ['TokenFromOtherCloudInstance', 'wrong-audience'],
    ['AdminConsentMissingForApp', 'permissions-missing'],
    ['InsufficientScopesOnToken', 'permissions-missing'],
    // The user must be an admin or owner of what the call changes (Shifts' MissingAdminPermissions).
    ['MissingAdminPermissions', 'user-access-or-license'],
    ['TeamOwnerRequired', 'user-access-or-license'],
    ['UserLicenseNotAssigned', 'user-access-or-license'],
    ['MailboxInactiveForTenant', 'user-access-or-license'],
    ['MfaRequiredByPolicy', 'conditional-access'],
    ['ConditionalAccessPolicyBlocked', 'conditional-access'],
    ['ObjectNotFoundInStore', 'not-authorization'],
    ['RequestThrottledByService', 'not-authorization'],
    ['InvalidFilterValue', 'not-authorization'],
    // The kind of value given, as the last word: its format, not the caller's rights.
    ['InvalidDateTime', 'not-authorization'],
    ['InvalidGuid', 'not-authorization'],
    ['PropertyValidationFailedOnItem', 'not-authorization'],
    ['RequestBodyValidationError', 'not-authorization'],
    ['BearerValidationFailed', 'token-invalid'],
    ['MailboxInfoStale', 'not-authorization'],
    ['Authentication_ApplicationHasNoDirectoryReadAccess', 'permissions-missing'],
    ['ClientLacksWriteAccessToSite', 'permissions-missing'],
    ['ApplicationNotFound', 'not-authorization'],
    // A code is about its last word: an invalid value of a credential object, not a broken token.
    ['InvalidFederatedIdentityCredentialValue', 'not-authorization'],
    ['InvalidClientSecretParameter', 'not-authorization'],
    ['InvalidAuthenticationToken', 'token-invalid'],
    ['InvalidModel', 'not-authorization'],
    // What the service does not offer, whoever asks; a mailbox that is not supported stays the user's mailbox.
    ['ReportTypeNotSupported', 'not-authorization'],
    ['ActionNotImplementedForItem', 'not-authorization'],
    ['MailboxNotSupportedForRest', 'user-access-or-license'],
    // A delegate refused another person's calendar or folder: that person has not shared it with the signed-in user.
    ['DelegatedCalendarAccessDenied', 'user-access-or-license'],
    ['DelegateFolderAccessDenied', 'user-access-or-license'],
    // A paging or sync cursor, not the access token.
    ['Directory_ExpiredPageToken', 'not-authorization'],
    ['InvalidSkipToken', 'not-authorization'],
    ['DeltaTokenExpired', 'not-authorization'],
    // A lock or a limit on the item, whoever calls.
    ['resourceLocked', 'not-authorization'],
    ['MapiExceptionMaxSubmissionExceeded', 'not-authorization'],
    ['WidgetColourMismatch', undefined],
  ];
  for (const [code, cause] of unseen) {
    it(`reads ${code} as ${cause ?? 'nothing'}`, () => {
      const first = rulesFor(codeWords(code)).find((r) => !r.generic);
      assert.equal(first?.cause, cause);
    });
  }

  it('keeps generic words generic: they only break ties', () => {
    for (const code of ['ErrorAccessDeniedForThing', 'RequestForbidden', 'CallerUnauthorized']) {
      const rules = rulesFor(codeWords(code));
      assert.ok(rules.length > 0 && rules.every((r) => r.generic), code);
    }
  });
});
