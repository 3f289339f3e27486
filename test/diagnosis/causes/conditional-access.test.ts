import { describeCause } from '../../helpers/cause-table.js';

describeCause('conditional-access', {
  matches: [
    { name: 'automation signing in with an admin account that now gets an MFA prompt', paste: 'All resources that authenticate with the Credential parameter stopped working. Since the change on 01.10.2025 every account with an admin role gets an MFA prompt, and that breaks our automation. The docs say the credential must not be configured for MFA. What should we do?' },
    { name: "Entra's device-state words pasted without their code, beside a refresh token that only works for Azure AD Graph", paste: 'The refresh token from the device code sign-in works for graph.windows.net, but asking it for an Outlook token fails with: Device is not in required device state: compliant. Does the token only cover AAD Graph?' },
    { name: "MSAL's interaction-required class around an invalid_grant whose message was stripped: the class alone asks, it does not answer", paste: '{"msg":"silent token acquisition failed","errorCode":"invalid_grant","subError":""}\nWe catch InteractionRequiredAuthError in acquireTokenSilent and send a 401 to the SPA. Our logger strips the error message.', confident: false },
    { name: "Entra's sign-in frequency words without their code, beside 'token has expired'", paste: 'Nightly export: HTTP 400 while refreshing. Message: The refresh token has expired or is invalid due to sign-in frequency checks by conditional access. The token was issued on 2026-11-30.' },
    { name: "a message that only guesses at a policy ('may be due to the conditional access policy settings'): a mention, not a block, so not confident", paste: "Connect-AzAccount -UseDeviceAuthentication\nWARNING: Unable to acquire token for tenant '{tenant-id}' with error 'Authentication failed against tenant {tenant-id}. User interaction is required. This may be due to the conditional access policy settings such as multi-factor authentication (MFA).'", confident: false },
    { name: 'a Token Protection policy that a desktop app fails until the user is exempted', paste: 'Our Outlook desktop add-in stopped getting Graph data for users in the pilot group. It works again once the user is excluded from the Token Protection policy.' },
    { name: "an admin's short name for a Conditional Access policy", paste: 'Since we enabled a new CA policy for SharePoint Online, our sync tool gets 401 from GET /sites/root/drive.' },
    { name: 'MFA required at the token endpoint', paste: 'MsalUiRequiredException: AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication to access the resource.', confident: true },
    { name: 'a device compliance block', paste: '{"error":"invalid_grant","error_description":"AADSTS53000: Device is not in required device state: compliant."}', confident: true },
    { name: 'a claims request naming Conditional Access policy ids, in the error message', paste: '{"error":{"code":"Unauthorized","message":"Claims required {\\"access_token\\":{\\"capolids\\":{\\"essential\\":true,\\"values\\":[\\"{policy-id}\\"]}}}"}}', confident: true },
    { name: 'a Graph claims challenge in the headers', paste: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnsiYWNycyI6eyJlc3NlbnRpYWwiOnRydWUsInZhbHVlIjoiYzEifX19"', confident: true },
    { name: 'interaction_required after a policy change', paste: 'acquireTokenSilent failed: InteractionRequiredAuthError: interaction_required. It started the day our tenant turned on MFA for everyone.', confident: true },
    { name: 'a blocked location', paste: 'Token refresh returned 400 invalid_grant - AADSTS53003: Access has been blocked by Conditional Access policies.', confident: true },
    { name: 'a Graph error naming the policy', paste: 'ODataError: Access denied due to Conditional Access policies.', confident: true },
    { name: 'a password script broken once security defaults (MFA for everyone) were turned on', paste: 'Since security defaults were turned on our script with username and password fails.' },
  ],
  ignores: [
    { name: 'consent missing', paste: 'AADSTS65001: The user or administrator has not consented to use the application with ID x named y.' },
    { name: 'an expired token', paste: '{"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid."}}' },
    { name: 'creating Conditional Access policies from a daemon: the policies are the data', paste: 'Our pipeline signs in with a client secret to create a Conditional Access policy: POST https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies returns 403 Forbidden.' },
    { name: 'listing Conditional Access policies with a cmdlet', paste: 'Backing up our Conditional Access policies fails. Get-MgIdentityConditionalAccessPolicy : Insufficient privileges to complete the operation. Status: 403 (Forbidden)' },
    { name: 'a 403 where the user says there is no policy', paste: 'GET /v1.0/users returns 403 Authorization_RequestDenied. We have no conditional access policies in this tenant; the app runs app-only.' },
  ],
});
