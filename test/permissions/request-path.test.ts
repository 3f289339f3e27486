import assert from 'node:assert/strict';
import { parseGraphPath } from '../../src/permissions/request-path.js';
import { normalizeTemplate } from '../../src/permissions/index-format.js';

describe('permissions/request-path', () => {
  const table: [string, string[]][] = [
    ['https://graph.microsoft.com/v1.0/users?$select=id', ['users']],
    ['https://graph.microsoft.com/beta/Users/ada@contoso.example/sendMail', ['users', 'ada@contoso.example', 'sendmail']],
    ["/users('u1')/messages", ['users', 'u1', 'messages']],
    ['/me/drive/root:/Reports/q1.xlsx:/content', ['me', 'drive', 'root', 'content']],
    ['/reports/getOffice365ActiveUserDetail(period=\'D7\')', ['reports', 'getoffice365activeuserdetail']],
    // A function call cut at its first quote, as URLs in code and prose are read.
    ['https://graph.microsoft.com/v1.0/users/%s/reminderView(startDateTime=', ['users', '%s', 'reminderview']],
    ['/users/{id}/photo/$value', ['users', '{id}', 'photo']],
  ];
  for (const [url, segments] of table) it(`normalizes ${url}`, () => assert.deepEqual(parseGraphPath(url).segments, segments));
});

describe('permissions/index-format normalizeTemplate (Microsoft paths read like request paths)', () => {
  const table: [string, string][] = [
    ['/reports/getSharePointApiUsage(date={value})', '/reports/getsharepointapiusage'],
    ['/groups/{id}/members/$ref', '/groups/{id}/members'],
    ['/roleManagement/directory/roleEligibilityScheduleInstances/filterByCurrentUser(on={parameterValue})', '/rolemanagement/directory/roleeligibilityscheduleinstances/filterbycurrentuser'],
    ['/users/{user-id}/microsoft.graph.getMemberGroups', '/users/{id}/getmembergroups'],
  ];
  for (const [raw, key] of table) it(`${raw} -> ${key}`, () => assert.equal(normalizeTemplate(raw), key));
});
