/**
 * Check outputs written for the tests, in the shapes the commands print (the source of each
 * shape is cited beside its parser in src/check-outputs). Ids are Microsoft Graph's real
 * permission ids; tenant, object and user values are made up.
 */

/** az ad app permission list --id … : GroupMember.Read.All (Scope) and User.Read (Scope). */
export const AZ_PERMISSION_LIST_DELEGATED = `[
  {
    "resourceAccess": [
      {
        "id": "bc024368-1153-4739-b217-4326f2e966d0",
        "type": "Scope"
      },
      {
        "id": "e1fe6dd8-ba31-4d61-89e7-88639da4683d",
        "type": "Scope"
      }
    ],
    "resourceAppId": "00000003-0000-0000-c000-000000000000"
  }
]`;

/** The same with GroupMember.Read.All as Role, plus an unknown id and another API. */
export const AZ_PERMISSION_LIST_MIXED = `PS> az ad app permission list --id {app-id}
[
  {
    "resourceAccess": [
      { "id": "98830695-27a2-44f7-8c18-0c3ebc9698f6", "type": "Role" },
      { "id": "0f0e0d0c-0b0a-4909-8807-060504030201", "type": "Role" }
    ],
    "resourceAppId": "00000003-0000-0000-c000-000000000000"
  },
  {
    "resourceAccess": [ { "id": "5778995a-e1bf-45b8-affa-663a9f3f4d04", "type": "Role" } ],
    "resourceAppId": "00000002-0000-0000-c000-000000000000"
  },
]`;

/** Get-AzADAppPermission's table (ApiId Id Type): User.Read.All and Group.Read.All as Scope. */
export const AZ_AD_APP_PERMISSION_TABLE = `ApiId                                Id                                   Type
-----                                --                                   ----
00000003-0000-0000-c000-000000000000 df021288-bdef-4463-88db-98f22de89214 Scope
00000003-0000-0000-c000-000000000000 5b567255-7703-4780-807c-7be8301ae99b Scope`;

/** An application manifest's requiredResourceAccess: Mail.Read as Role. */
export const MANIFEST = `{
  "displayName": "mail-archiver",
  "requiredResourceAccess": [
    { "resourceAppId": "00000003-0000-0000-c000-000000000000", "resourceAccess": [ { "id": "810c84a8-4a9e-49e6-bf7d-12d183f40d01", "type": "Role" } ] }
  ]
}`;

/** az ad app permission list-grants --id … : admin consent for all users. */
export const AZ_LIST_GRANTS_ALL = `[
  {
    "clientId": "6f1b2c3d-0000-4000-8000-00000000aaaa",
    "consentType": "AllPrincipals",
    "id": "LWsbbx0AAEAAgAAAAAAAqhm3lEUrOXBJiaSOq6mC1lU",
    "principalId": null,
    "resourceId": "9ae2b0a0-0000-4000-8000-00000000bbbb",
    "scope": " User.Read GroupMember.Read.All"
  }
]`;

/** Get-MgOauth2PermissionGrant as a table: consent by one user only. */
export const MG_GRANT_TABLE_ONE_USER = `ClientId                             ConsentType Id                                          PrincipalId                          ResourceId                           Scope
--------                             ----------- --                                          -----------                          ----------                           -----
6f1b2c3d-0000-4000-8000-00000000aaaa Principal   LWsbbx0AAEAAgAAAAAAAqhm3lEUrOXBJiaSOq6mC1lU 11111111-2222-4333-8444-555555555555 9ae2b0a0-0000-4000-8000-00000000bbbb User.Read GroupMember.Read.All`;

/** Get-MgOauth2PermissionGrant | Format-List: all users, Mail.Read. */
export const MG_GRANT_LIST = `ClientId    : 6f1b2c3d-0000-4000-8000-00000000aaaa
ConsentType : AllPrincipals
ExpiryTime  :
Id          : LWsbbx0AAEAAgAAAAAAAqhm3lEUrOXBJiaSOq6mC1lU
PrincipalId :
ResourceId  : 9ae2b0a0-0000-4000-8000-00000000bbbb
Scope       : openid profile Mail.Read`;

/** az rest … /servicePrincipals/{id}/appRoleAssignments: GroupMember.Read.All (application). */
export const AZ_REST_APP_ROLES = `{
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#servicePrincipals('4c0a0c1e-0000-4000-8000-00000000cccc')/appRoleAssignments",
  "value": [
    {
      "appRoleId": "98830695-27a2-44f7-8c18-0c3ebc9698f6",
      "createdDateTime": "2026-02-02T04:22:45.4980259Z",
      "deletedDateTime": null,
      "id": "UxOIjjUXr0WvIe4TRFgqTY4z9Wu5KxpBtlEpoTGjw-A",
      "principalDisplayName": "nightly-sync",
      "principalId": "4c0a0c1e-0000-4000-8000-00000000cccc",
      "principalType": "ServicePrincipal",
      "resourceDisplayName": "Microsoft Graph",
      "resourceId": "9ae2b0a0-0000-4000-8000-00000000bbbb"
    }
  ]
}`;

/** Get-MgServicePrincipalAppRoleAssignment as a table, without the resource column: Directory.Read.All. */
export const MG_APP_ROLES_TABLE = `Id                                          AppRoleId                            CreatedDateTime      PrincipalDisplayName PrincipalId                          PrincipalType
--                                          ---------                            ---------------      -------------------- -----------                          -------------
UxOIjjUXr0WvIe4TRFgqTY4z9Wu5KxpBtlEpoTGjw-A 7ab1d382-f21e-4acd-a863-ba3e13f7da61 2/2/2026 4:22:45 AM  nightly-sync         4c0a0c1e-0000-4000-8000-00000000cccc ServicePrincipal`;

/** Get-MgServicePrincipalAppRoleAssignment | Format-List: an app role of another API. */
export const MG_APP_ROLES_LIST_OTHER_API = `AppRoleId            : 0f0e0d0c-0b0a-4909-8807-060504030201
CreatedDateTime      : 2/2/2026 4:22:45 AM
Id                   : UxOIjjUXr0WvIe4TRFgqTY4z9Wu5KxpBtlEpoTGjw-A
PrincipalDisplayName : nightly-sync
PrincipalId          : 4c0a0c1e-0000-4000-8000-00000000cccc
PrincipalType        : ServicePrincipal
ResourceDisplayName  : Contoso Orders API
ResourceId           : 7d7d7d7d-0000-4000-8000-00000000dddd`;

/** A sign-in log entry (Graph signIn) blocked by a Conditional Access policy requiring MFA. */
export const SIGN_IN_CA_FAILURE = `{
  "id": "66ea54eb-6301-4ee5-be62-ff5a759b0100",
  "createdDateTime": "2026-03-13T19:15:41.6195833Z",
  "userDisplayName": "Ada Lovelace",
  "userPrincipalName": "ada@contoso.example",
  "userId": "26be570a-ae82-4189-b4e2-a37c6808512d",
  "appId": "de8bc8b5-d9f9-48b1-a8ad-b748da725064",
  "appDisplayName": "Inventory Portal",
  "ipAddress": "203.0.113.7",
  "clientAppUsed": "Browser",
  "correlationId": "d79f5bee-5860-4832-928f-3133e22ae912",
  "conditionalAccessStatus": "failure",
  "isInteractive": true,
  "resourceDisplayName": "Microsoft Graph",
  "resourceId": "00000003-0000-0000-c000-000000000000",
  "status": {
    "errorCode": 53003,
    "failureReason": "Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.",
    "additionalDetails": null
  },
  "appliedConditionalAccessPolicies": [
    { "id": "de7e60eb-ed89-4d73-8205-2227def6b7c9", "displayName": "Require MFA for all cloud apps", "enforcedGrantControls": ["Mfa"], "enforcedSessionControls": [], "result": "failure" },
    { "id": "6701123a-b4c6-48af-8565-565c8bf7cabc", "displayName": "Medium signin risk block", "enforcedGrantControls": [], "enforcedSessionControls": [], "result": "notEnabled" },
  ]
}`;

/** A successful sign-in, as a list response. */
export const SIGN_IN_SUCCESS = `{
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#auditLogs/signIns",
  "value": [
    {
      "id": "77fa54eb-6301-4ee5-be62-ff5a759b0100",
      "userPrincipalName": "ada@contoso.example",
      "appDisplayName": "Inventory Portal",
      "conditionalAccessStatus": "success",
      "resourceDisplayName": "Microsoft Graph",
      "status": { "errorCode": 0, "failureReason": "Other.", "additionalDetails": null },
      "appliedConditionalAccessPolicies": [ { "id": "de7e60eb-ed89-4d73-8205-2227def6b7c9", "displayName": "Require MFA for all cloud apps", "enforcedGrantControls": ["Mfa"], "enforcedSessionControls": [], "result": "success" } ]
    }
  ]
}`;

/** A sign-in that failed for another reason (consent), no policy applied. */
export const SIGN_IN_CONSENT = `{
  "userPrincipalName": "ada@contoso.example",
  "appDisplayName": "Inventory Portal",
  "conditionalAccessStatus": "notApplied",
  "status": { "errorCode": 65001, "failureReason": "The user or administrator has not consented to use the application.", "additionalDetails": null },
  "appliedConditionalAccessPolicies": []
}`;

/** Get-MgUserLicenseDetail's default table. */
export const MG_LICENSE_TABLE = `Id                                          SkuId                                SkuPartNumber
--                                          -----                                -------------
CkMkRuQkTkObDXEFRkO_bbkO3OYC9EJPm-jBNIv0X8k 6fd2c87f-b296-42f0-b197-1e91e994b900 ENTERPRISEPACK`;

/** GET /users/{id}/licenseDetails for a user without a license. */
export const LICENSE_NONE = `{
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('ada%40contoso.example')/licenseDetails",
  "value": []
}`;

/** Get-EXOMailbox | Format-List (minimum property set, shortened). */
export const EXO_MAILBOX_LIST = `ExternalDirectoryObjectId : 26be570a-ae82-4189-b4e2-a37c6808512d
UserPrincipalName         : ada@contoso.example
Alias                     : ada
DisplayName               : Ada Lovelace
EmailAddresses            : {SMTP:ada@contoso.example}
PrimarySmtpAddress        : ada@contoso.example
Name                      : ada
RecipientType             : UserMailbox
RecipientTypeDetails      : UserMailbox`;

/** What Get-EXOMailbox prints for a user with no mailbox. */
export const EXO_MAILBOX_NOT_FOUND = `Get-EXOMailbox: ||The operation couldn't be performed because object 'grace@contoso.example' couldn't be found on 'AM4PR05A011DC01.EURPR05A011.prod.outlook.com'.`;

/** Get-ManagementRoleAssignment -RoleAssignee … as a table. */
export const EXO_ROLE_ASSIGNMENTS = `Name                                   Role                       RoleAssigneeName                     RoleAssigneeType AssignmentMethod EffectiveUserName
----                                   ----                       ----------------                     ---------------- ---------------- -----------------
Application Mail.Read-nightly-sync     Application Mail.Read      6233fba6-0198-4277-892f-9275bf728bcc ServicePrincipal Direct`;

/** Test-ServicePrincipalAuthorization -Identity … -Resource … | Format-Table (the Learn example's shape). */
export const EXO_AUTH_TEST_OUT_OF_SCOPE = `RoleName                      GrantedPermissions          AllowedResourceScope        ScopeType                 InScope
--------                      ------------------          --------------------        ---------                 ------
Application Mail.Read         Mail.Read                   Canadian Employees           CustomRecipientScope     False
Application Calendars.Read    Calendars.Read              4d819ce9-9257-44..           AdministrativeUnit       False`;

export const EXO_AUTH_TEST_IN_SCOPE = `RoleName                      GrantedPermissions          AllowedResourceScope        ScopeType                 InScope
--------                      ------------------          --------------------        ---------                 ------
Application Mail.Read         Mail.Read                   Canadian Employees           CustomRecipientScope     True`;
