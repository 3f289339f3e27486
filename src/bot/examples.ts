/** The example paste the welcome card offers (written for the product; no real ids or tokens). */
export const EXAMPLE_PASTE = [
  'GET https://graph.microsoft.com/v1.0/users?$select=displayName,mail',
  'HTTP/1.1 403 Forbidden',
  '{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation.",',
  '"innerError":{"date":"2026-11-20T09:14:03","request-id":"00000000-0000-0000-0000-000000000001"}}}',
  'Decoded token: "scp": "User.Read openid profile email"',
].join('\n');
