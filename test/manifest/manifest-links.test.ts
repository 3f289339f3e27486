/** The manifest's developer links open pages this bot serves (a 404 there fails store review and confuses users). */
import assert from 'node:assert/strict';
import { buildManifest } from '../../scripts/package-app.js';
import { startApp, type Running } from '../helpers/http.js';

describe('manifest links', () => {
  let app: Running;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app.close();
  });

  const developer = buildManifest({ botId: '0b6f8a3c-1d2e-4f50-8a9b-0c1d2e3f4a5b', domain: 'gad.contoso.com' }).developer as Record<string, string>;
  for (const field of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) {
    it(`${field} is a page the bot serves`, async () => {
      const url = new URL(developer[field] ?? '');
      assert.equal(url.host, 'gad.contoso.com', 'the link points at the bot\'s own domain');
      const res = await fetch(`${app.url}${url.pathname}`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^text\/plain/);
      assert.match(await res.text(), /^Graph Auth Doctor/);
    });
  }
});
