/** A write's body decides which narrow permission fits it: the permission check reads the properties however the paste spells them. */
import assert from 'node:assert/strict';
import { diagnose } from '../../../src/diagnosis/diagnose.js';
import { NOW } from '../../helpers/tokens.js';

const DENIED = '403 {"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}';
const APP_TOKEN = 'decoded token: {"aud":"https://graph.microsoft.com","idtyp":"app","roles":["User.Read.All"],"tid":"{tenant-id}"}';

describe('diagnosis/evidence: the properties a write names', () => {
  const table: { name: string; text: string; insight: RegExp }[] = [
    { name: 'JSON body', text: `PATCH https://graph.microsoft.com/v1.0/users/{id}\n{"passwordProfile":{"forceChangePasswordNextSignIn":true,"password":"{password}"}}\n${DENIED}\n${APP_TOKEN}`, insight: /needs User-PasswordProfile\.ReadWrite\.All \(application\)/ },
    { name: 'PowerShell parameter', text: `Update-MgUser -UserId {id} -PasswordProfile $profile\nPATCH https://graph.microsoft.com/v1.0/users/{id}\n${DENIED}\n${APP_TOKEN}`, insight: /needs User-PasswordProfile\.ReadWrite\.All/ },
    { name: 'Python snake case', text: `request_body = User(password_profile=PasswordProfile(password="{password}"))\nPATCH https://graph.microsoft.com/v1.0/users/{id}\n${DENIED}\n${APP_TOKEN}`, insight: /needs User-PasswordProfile\.ReadWrite\.All/ },
    { name: 'a body of other properties keeps the whole-profile permission', text: `PATCH https://graph.microsoft.com/v1.0/users/{id}\n{"jobTitle":"Engineer"}\n${DENIED}\n${APP_TOKEN}`, insight: /needs User\.ReadWrite\.All \(application\)/ },
    { name: 'a read is never fitted to a property it mentions', text: `GET https://graph.microsoft.com/v1.0/users/{id}?$select=passwordProfile\n${DENIED}\n{"aud":"https://graph.microsoft.com","idtyp":"app","roles":["Mail.Read"],"tid":"{tenant-id}"}`, insight: /GET \/users\/\{id\} needs User\.ReadBasic\.All \(application\)/ },
  ];
  for (const c of table) {
    it(c.name, () => {
      const d = diagnose(c.text, { now: NOW });
      assert.match(d.insight?.message ?? '', c.insight);
    });
  }
});
