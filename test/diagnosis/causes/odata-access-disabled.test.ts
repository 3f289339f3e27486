import { describeCause } from '../../helpers/cause-table.js';

describeCause('odata-access-disabled', {
  matches: [
    { name: 'the Exchange message itself', paste: '{"error":{"code":"ErrorAccessDenied","message":"Access to OData is disabled."}}', confident: true },
    { name: 'an app-only access policy block', paste: 'GET /users/shared@fabrikam.example/messages -> 403 ErrorAccessDenied: Access to OData is disabled: [RAOP] : Blocked by tenant configured AppOnly AccessPolicy settings.', confident: true },
    { name: 'a subscription wrapped in ExtensionError', paste: 'Error code: ExtensionError\nOperation: Create; Exception: [Status Code: Forbidden; Reason: Access to OData is disabled.]', confident: true },
    { name: 'an application access policy scoping the app', paste: 'We set New-ApplicationAccessPolicy -AccessRight RestrictAccess for our app; now sending from the reception mailbox fails with 403 ErrorAccessDenied.' },
    { name: 'an app-only mailbox call that works for other mailboxes', paste: 'Daemon (client credentials, Mail.Read application permission). GET /users/shared@fabrikam.example/messages returns 403 ErrorAccessDenied "Access is denied. Check credentials and try again." It works for other mailboxes.' },
  ],
  ignores: [
    { name: 'a Power BI OData connector message', paste: 'Power BI OData feed: Access to the resource is forbidden.' },
    { name: 'a mailbox that is on premises', paste: '{"error":{"code":"MailboxNotEnabledForRESTAPI","message":"The mailbox is either inactive, soft-deleted, or is hosted on-premise."}}' },
  ],
});
