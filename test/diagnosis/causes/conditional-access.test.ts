import assert from 'node:assert/strict';
import { diagnose } from '../../../src/diagnosis/diagnose.js';
import { describeCause } from '../../helpers/cause-table.js';

describeCause('conditional-access', {
  matches: [
    { name: "AADSTS53000 told in words: the sign-in page asking to enroll the device with an approved MDM", paste: "Debugging our Teams tab from my personal Mac: the SSO popup shows \"we're having trouble signing you in\", telling me to enroll this Mac with an approved MDM like Intune first. The same account works on the office desktop. Is it my redirect URI?" },
    { name: "the sign-in page of a policy that admits only apps under Intune app protection, the grant named by the customer", paste: 'Since the customer turned on "Require app protection policy" for our app, iOS sign-in shows:\nYou can\'t get there from here\nIt looks like you\'re trying to open this resource with a client app that is not available for use with app protection policies.' },
    { name: "the device-based policy's sign-in page, shown to contractors on unmanaged Macs, without a code", paste: "Contractors on their own MacBooks approve in Authenticator, then the sign-in window shows: \"You can't get there from here. This application contains sensitive information and can only be accessed from: Devices or client applications that meet Contoso management compliance policy.\" acquireTokenInteractive rejects. Employees on company laptops have no issue." },
    { name: 'a location rule told in prose, its onset beside the change that made it', paste: "Since last week users outside the office network can't get a token for our app anymore; the security team added a policy that blocks sign-ins from unknown locations." },
    { name: 'automation with an admin account that now gets an MFA prompt, said in French beside a SharePoint site in its configuration', paste: "Problème de Credential - toutes les ressources M365DSC qui utilisent Credential ne marchent plus\n\nToutes les ressources qui s'authentifient avec le paramètre Credential ont arrêté de fonctionner. Depuis le changement de Microsoft du 01.10.2025, tous les comptes qui ont un rôle admin se prennent une demande MFA, et ça casse notre automatisation.\n\nWorkload : Intune (mais ça touche tout ce qui utilise Credential).\n\nExemple tiré de la doc qu'on suit (exemple Credentials) :\n\nConfiguration CredentialsExample\n{\n    param([Parameter(Mandatory = $true)][PSCredential]$Credscredential)\n    Import-DscResource -ModuleName Microsoft365DSC\n    node localhost\n    {\n        SPOSite 'SiteWithCredentials'\n        {\n            Url        = \"https://contoso.sharepoint.com/sites/credentialssite\"\n            Owner      = \"admin@contoso.onmicrosoft.com\"\n            ...\n            Credential = $Credscredential\n        }\n    }\n}\n\nLa doc dit que le credential ne doit PAS être configuré pour le MFA, mais les comptes admin ne peuvent plus y échapper. On fait quoi ?" },
    { name: 'automation signing in with an admin account that now gets an MFA prompt', paste: 'All resources that authenticate with the Credential parameter stopped working. Since the change on 01.10.2025 every account with an admin role gets an MFA prompt, and that breaks our automation. The docs say the credential must not be configured for MFA. What should we do?' },
    { name: "Entra's device-state words pasted without their code, beside a refresh token that only works for Azure AD Graph", paste: 'The refresh token from the device code sign-in works for graph.windows.net, but asking it for an Outlook token fails with: Device is not in required device state: compliant. Does the token only cover AAD Graph?' },
    { name: "MSAL's interaction-required class around an invalid_grant whose message was stripped: the class alone asks, it does not answer", paste: '{"msg":"silent token acquisition failed","errorCode":"invalid_grant","subError":""}\nWe catch InteractionRequiredAuthError in acquireTokenSilent and send a 401 to the SPA. Our logger strips the error message.', confident: false },
    { name: "Entra's sign-in frequency words without their code, beside 'token has expired'", paste: 'Nightly export: HTTP 400 while refreshing. Message: The refresh token has expired or is invalid due to sign-in frequency checks by conditional access. The token was issued on 2026-11-30.' },
    { name: "a message that only guesses at a policy ('may be due to the conditional access policy settings'): a mention, not a block, so not confident", paste: "Connect-AzAccount -UseDeviceAuthentication\nWARNING: Unable to acquire token for tenant '{tenant-id}' with error 'Authentication failed against tenant {tenant-id}. User interaction is required. This may be due to the conditional access policy settings such as multi-factor authentication (MFA).'", confident: false },
    { name: 'a Token Protection policy that a desktop app fails until the user is exempted', paste: 'Our Outlook desktop add-in stopped getting Graph data for users in the pilot group. It works again once the user is excluded from the Token Protection policy.' },
    { name: "an admin's short name for a Conditional Access policy", paste: 'Since we enabled a new CA policy for SharePoint Online, our sync tool gets 401 from GET /sites/root/drive.' },
    { name: 'MFA required at the token endpoint', paste: 'MsalUiRequiredException: AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication to access the resource.', confident: true },
    { name: 'a device compliance block', paste: '{"error":"invalid_grant","error_description":"AADSTS53000: Device is not in required device state: compliant."}', confident: true },
    // An authentication context asked for in a claims request, URL-encoded inside a PIM error's message.
    { name: 'a PIM activation refused with a claims request for an authentication context (acrs)', paste: 'New-MgRoleManagementDirectoryRoleAssignmentScheduleRequest -BodyParameter $params\n{"errorCode":"RoleAssignmentRequestAcrsValidationFailed","message":"...&claims=%7B%22access_token%22%3A%7B%22acrs%22%3A%7B%22essential%22%3Atrue%2C%20%22value%22%3A%22c1%22%7D%7D%7D"}\nStatus: 400 (BadRequest)' },
    { name: 'a claims request naming Conditional Access policy ids, in the error message', paste: '{"error":{"code":"Unauthorized","message":"Claims required {\\"access_token\\":{\\"capolids\\":{\\"essential\\":true,\\"values\\":[\\"{policy-id}\\"]}}}"}}', confident: true },
    { name: "a token error whose own code is a policy block, carrying the policy ids Entra asks for", paste: '{"error":"invalid_grant","error_description":"AADSTS53003: Access has been blocked by Conditional Access policies.","error_codes":[53003],"claims":"{\\"access_token\\":{\\"capolids\\":{\\"essential\\":true,\\"values\\":[\\"{policy-id}\\"]}}}"}', confident: true },
    { name: 'a Graph claims challenge in the headers', paste: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnsiYWNycyI6eyJlc3NlbnRpYWwiOnRydWUsInZhbHVlIjoiYzEifX19"', confident: true },
    { name: 'interaction_required after a policy change', paste: 'acquireTokenSilent failed: InteractionRequiredAuthError: interaction_required. It started the day our tenant turned on MFA for everyone.', confident: true },
    { name: 'a blocked location', paste: 'Token refresh returned 400 invalid_grant - AADSTS53003: Access has been blocked by Conditional Access policies.', confident: true },
    { name: 'a Graph error naming the policy', paste: 'ODataError: Access denied due to Conditional Access policies.', confident: true },
    { name: 'a blocked location while the person says the policies were not touched: the code speaks for itself', paste: "AADSTS53003: Access has been blocked by Conditional Access policies. Our CA policies haven't been touched in months." },
    { name: 'a password script broken once security defaults (MFA for everyone) were turned on', paste: 'Since security defaults were turned on our script with username and password fails.' },
    { name: "a device-based policy's message without a code Entra's reference lists", paste: 'az login fails: AADSTS530003: Your device is required to be managed to access this resource.' },
    { name: "the sign-in page of a device-based policy", paste: 'Device code sign-in ends on "Help us keep your device secure. Your sign-in was successful but your admin requires the device requesting access to be managed by Contoso to access this resource."' },
  ],
  ignores: [
    { name: 'a client-side failure beside Conditional Access said to be unchanged', paste: "Get-MgUser : InteractiveBrowserCredential authentication failed: the request body could not be read.\nSame account works in PowerShell 7. Our CA policies haven't been touched in weeks." },
    { name: "a device-code sign-in refused for lack of a client secret: the policy ids Entra attached to the token error do not make it a policy block", paste: 'azure.core.exceptions.ClientAuthenticationError: Authentication failed: AADSTS7000218: The request body must contain the following parameter: \'client_assertion\' or \'client_secret\'.\nContent: {"error":"invalid_client","error_codes":[7000218],"claims":"{\\"access_token\\":{\\"capolids\\":{\\"essential\\":true,\\"values\\":[\\"{policy-id}\\"]}}}"}' },
    { name: 'consent missing', paste: 'AADSTS65001: The user or administrator has not consented to use the application with ID x named y.' },
    { name: 'an expired token', paste: '{"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid."}}' },
    { name: 'creating Conditional Access policies from a daemon: the policies are the data', paste: 'Our pipeline signs in with a client secret to create a Conditional Access policy: POST https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies returns 403 Forbidden.' },
    { name: 'creating a Conditional Access policy, said in German (the policy is the data)', paste: 'Das Tool stürzt ab, sobald es versucht, eine Conditional-Access-Policy anzulegen: POST failed with 403 Forbidden: {"error":{"code":"AccessDenied","message":"Insufficient privileges to complete the operation."}}' },
    { name: 'creating a Conditional Access policy, said in Spanish', paste: 'Al crear una política de acceso condicional con nuestro script: 403 Forbidden "Insufficient privileges to complete the operation." conditional access policy creation failed.' },
    { name: 'listing Conditional Access policies with a cmdlet', paste: 'Backing up our Conditional Access policies fails. Get-MgIdentityConditionalAccessPolicy : Insufficient privileges to complete the operation. Status: 403 (Forbidden)' },
    { name: 'a 403 where the user says there is no policy', paste: 'GET /v1.0/users returns 403 Authorization_RequestDenied. We have no conditional access policies in this tenant; the app runs app-only.' },
  ],
});

// A device-based policy's own words name the policy as the reason, not only the topic.
describe('conditional-access reasons for a device-based policy', () => {
  for (const paste of [
    'az login fails: AADSTS530003: Your device is required to be managed to access this resource.',
    'Your sign-in was successful but your admin requires the device requesting access to be managed by Contoso to access this resource.',
  ]) {
    it(`says a policy blocked it: ${paste.slice(0, 60)}`, () => {
      const top = diagnose(paste).causes[0];
      assert.equal(top?.id, 'conditional-access');
      assert.match(top?.evidence[0] ?? '', /Conditional Access policy blocked it/);
    });
  }
});
