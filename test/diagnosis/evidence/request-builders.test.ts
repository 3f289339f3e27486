/** The call an SDK made, read from the request builder its stack trace names (Kiota's namespaces follow the API path). */
import assert from 'node:assert/strict';
import { findBuilderRequests } from '../../../src/diagnosis/evidence/request-builders.js';
import { diagnose } from '../../../src/diagnosis/diagnose.js';
import { NOW } from '../../helpers/tokens.js';

describe('diagnosis/evidence/request-builders', () => {
  const table: { name: string; text: string; method: string; path: string; stated?: boolean }[] = [
    { name: '.NET, an item and its messages', text: 'at Microsoft.Graph.Users.Item.Messages.MessagesRequestBuilder.GetAsync(Action`1 requestConfiguration, CancellationToken cancellationToken)', method: 'GET', path: '/users/{id}/messages' },
    { name: '.NET, the item itself', text: 'at Microsoft.Graph.Users.Item.UserItemRequestBuilder.PatchAsync(User body, Action`1 requestConfiguration)', method: 'PATCH', path: '/users/{id}' },
    { name: '.NET, a singular navigation (calendar), not the collection', text: 'at Microsoft.Graph.Me.Calendar.Events.EventsRequestBuilder.PostAsync(Event body)', method: 'POST', path: '/me/calendar/events' },
    { name: '.NET beta', text: 'at Microsoft.Graph.Beta.RiskDetections.RiskDetectionsRequestBuilder.GetAsync(Action`1 requestConfiguration)', method: 'GET', path: '/riskdetections' },
    { name: '.NET, two items deep', text: 'at Microsoft.Graph.Teams.Item.Channels.Item.Messages.MessagesRequestBuilder.GetAsync()', method: 'GET', path: '/teams/{id}/channels/{id}/messages' },
    { name: 'Java, behind the SDK\'s own frames', text: 'com.microsoft.graph.models.odataerrors.ODataError: Access is denied.\n\tat com.microsoft.kiota.ApiExceptionBuilder.build(ApiExceptionBuilder.java:26)\n\tat com.microsoft.graph.users.item.sendmail.SendMailRequestBuilder.post(SendMailRequestBuilder.java:63)', method: 'POST', path: '/users/{id}/sendmail' },
    { name: 'Python, the module path and the frame\'s function', text: 'File "/usr/lib/python3.11/site-packages/msgraph/generated/users/item/mail_folders/mail_folders_request_builder.py", line 73, in get', method: 'GET', path: '/users/{id}/mailfolders' },
    { name: 'PHP, backslashes and ->', text: '#3 /app/vendor/microsoft/microsoft-graph/src/Generated/Users/Item/Messages/MessagesRequestBuilder.php(80): Microsoft\\Graph\\Generated\\Users\\Item\\Messages\\MessagesRequestBuilder->get()', method: 'GET', path: '/users/{id}/messages' },
    { name: 'Go, the package and the builder\'s name', text: 'github.com/microsoftgraph/msgraph-sdk-go/users.(*ItemMessagesRequestBuilder).Get(0xc000123, {0x1a2b, 0xc0004})', method: 'GET', path: '/users/{id}/messages' },
    { name: 'no call named: the first method the data has for the path', text: 'Microsoft.Graph.Groups.GroupsRequestBuilder', method: 'GET', path: '/groups', stated: false },
  ];
  for (const c of table) {
    it(`reads ${c.method} ${c.path} (${c.name})`, () => {
      const [r] = findBuilderRequests(c.text);
      assert.ok(r, 'no request found');
      assert.equal(r.method, c.method);
      assert.equal(r.path, c.path);
      assert.equal(r.methodStated, c.stated ?? true);
    });
  }

  const none: { name: string; text: string }[] = [
    { name: 'a model or error class, no request builder', text: 'Microsoft.Graph.Models.ODataErrors.ODataError: Insufficient privileges to complete the operation.' },
    { name: 'a namespace that is no path of the data', text: 'at Microsoft.Graph.Widgets.Item.Gadgets.GadgetsRequestBuilder.GetAsync()' },
    { name: 'a builder of another SDK', text: 'at Contoso.Api.Users.Item.UserItemRequestBuilder.GetAsync()' },
  ];
  for (const c of none) {
    it(`reads no request from ${c.name}`, () => {
      assert.deepEqual(findBuilderRequests(c.text), []);
    });
  }

  it('reads a few builders of a trace that names thousands, no more', () => {
    const frame = (i: number) => `at Microsoft.Graph.Users.Item.Messages.Item${i}.MessagesRequestBuilder.GetAsync()\n`;
    const text = Array.from({ length: 5000 }, (_, i) => frame(i)).join('') + 'at Microsoft.Graph.Groups.GroupsRequestBuilder.GetAsync()';
    assert.ok(findBuilderRequests(text).length <= 8);
  });

  it('gives the diagnosis the call a Java trace names, with the permission it needs', () => {
    const d = diagnose('com.microsoft.graph.models.odataerrors.ODataError: Insufficient privileges to complete the operation.\n\tat com.microsoft.kiota.ApiExceptionBuilder.build(ApiExceptionBuilder.java:26)\n\tat com.microsoft.graph.groups.GroupsRequestBuilder.get(GroupsRequestBuilder.java:71)', { now: NOW });
    assert.equal(d.facts.method, 'GET');
    assert.equal(d.facts.url, '/groups');
    assert.match(d.insight?.message ?? '', /GET \/groups needs/);
  });
});
