/** Two versions of a tool compared in the paste: what the reader takes as the client's regression, and what it leaves. */
import assert from 'node:assert/strict';
import { extractEvidence } from '../../src/diagnosis/evidence/index.js';
import { normalizePaste } from '../../src/diagnosis/normalize.js';
import { olderVersionWorks, sameCallWorksWithoutTool } from '../../src/diagnosis/tool-versions.js';

const NOW = new Date('2026-12-01T00:00:00Z');
const read = (text: string): string | undefined => olderVersionWorks(extractEvidence(normalizePaste(text).text, { now: NOW }));

describe('diagnosis/tool-versions: an older or other version said to work', () => {
  const table: [string, boolean][] = [
    ['Downgrading to 2.9.0 resolves the error.', true],
    ['Rolling the package back to 3.6.0 fixes it immediately.', true],
    ['PnP.PowerShell 1.7.0. Same script ran fine on 1.5.0 last month.', true],
    ['Getting this error with the cmdlet. However, it works with older PnP versions.', true],
    ['Seit dem Update auf 2.26.1 öffnet jedes Cmdlet ein Anmeldefenster. Unter PowerShell 7 funktioniert es, und mit Version 2.25.0 auf demselben Rechner auch.', true],
    ['Since updating to 5.4.0 every call is 401. With 5.3.2 it works.', true],
    ['Since updating to 5.4.0 every call is 401. With 5.4.0 on my laptop it works.', false],
    ['Previous releases are fine; only the new one fails with AADSTS1002012.', true],
    ["It doesn't work with older versions either.", false],
    ['Older versions of the docs said to use Directory.Read.All.', false],
    ['Same script ran fine on 1.5.0 last month.', false],
    ['We rolled Microsoft.Identity.Web back to 3.6.0 and it works again.', true],
    ['Rolling the package back to 3.6.0 did not fix it.', false],
    ['If I revert the csproj to 3.5.0 the job runs fine.', true],
    // The upgrade undone, its versions told before: the bump is what broke it.
    ['Dependabot bumped Microsoft.Identity.Web 3.5.0 -> 3.6.1 and every call fails. I reverted the bump on a branch and it works again.', true],
    ['Dependabot bumped Microsoft.Identity.Web 3.5.0 -> 3.6.1 and every call fails. Reverting the bump did not help.', false],
    // Another machine still on another version said to work, beside the version that fails.
    ["Version 2.10.0. Colleague's laptop still on 2.9.0 runs the identical script against the same app without error.", true],
    ['Microsoft.Graph 2.26.1 fails. On a VM that still has 2.24.0 it also works.', true],
    ['Microsoft.Graph 2.26.1 fails. On a VM that still has 2.24.0 it does not work either.', false],
    ['We are still on 2.9.0 and it works.', false],
    // A pre-release version said to work there, and another person or machine named with its version and said to be fine.
    ['Module 2.15.0 here. The jump host still has 2.0.0-rc3 installed and the exact same commands work there.', true],
    ['Updated Microsoft.Graph to 2.26.1 this morning and nothing works. Colleague on 2.24 on the same jump box: fine.', true],
    ['Updated Microsoft.Graph to 2.26.1 this morning and nothing works. The build agent running 2.24.0 works.', true],
    ['Updated Microsoft.Graph to 2.26.1 this morning. Colleague on 2.26.1 on the same jump box: fine.', false],
    ['Colleague on 2.24 on the same jump box: fine.', false],
    ['Reverting to 3.5.0, the job runs into the same error.', false],
    ['It worked fine on 2.12.0. Since moving to 3.1.0 it fails every time.', true],
    ['Using AzureHound 2.3.1 or 2.3.0 and authenticating with a JWT errors with "no valid credential provided". Using AzureHound 2.2.1 and authenticating using the same JWT as above, works.', true],
    ['Using AzureHound 2.3.1 errors with "no valid credential provided". Using AzureHound 2.3.1 on my laptop works.', false],
    ['Grant-PnPAzureADAppSitePermission fails on 2.1.1 with invalid request. The same commands work on 1.11.', true],
    ['Grant-PnPAzureADAppSitePermission échoue en 2.1.1. Les mêmes commandes marchent en 1.11.', true],
    ['Connect-MgGraph falla con la 2.25.0; funciona con la 2.24.0.', true],
    ['New-PnPSite は 2.3.0 では汎用的なエラーで失敗します。2.2.0 では動きます。', true],
    // The working version first, then the failing one (a pre-release suffix belongs to its version).
    ['The same script works with Microsoft.Graph.Authentication 2.0.0-rc3 and fails with every version since 2.0.0.', true],
    ['Works with 2.24.0, fails with 2.26.1.', true],
    ['It works with 2.24.0 and fails with 2.24.0 on the build agent too.', false],
    ['It works with v1.0 and fails with v2.0 tokens.', false],
    // Graph's and the token endpoint's own versions are no tool's.
    ['Calling graph fails on v1.0 with 401; the token works on 2.0 of our endpoint.', false],
    ['Downgrading to 2.9 does not help either.', false],
    ['It fails on 2.25.0 and it does not work on 2.24.0 either.', false],
    ['After upgrading to 5.2.0 of the SDK, GET /groups gives 403.', false],
    // The Graph SDKs' bug-report form: its "known to work" answer, when it is a version other than the one reported.
    ['### SDK Version\n\n5.44.0\n\n### Latest version known to work for scenario above?\n\n4.54.0\n\n### Known Workarounds\n\n_No response_', true],
    ['### SDK Version\n\n2.25.0\n\n### Latest version known to work for scenario above?\n\n_No response_\n\n### Known Workarounds', false],
    ['### SDK Version\n\n2.25.0\n\n### Latest version known to work for scenario above?\n\n2.25.0\n\n### Known Workarounds', false],
    ['### SDK Version\n\n2.25.0\n\n### Latest version known to work for scenario above?\n\nNot sure, 2.x maybe\n', false],
  ];
  for (const [text, said] of table) {
    it(`${said ? 'reads' : 'reads no'} a version that works in: ${text}`, () => assert.equal(read(text) !== undefined, said));
  }
});

describe('diagnosis/tool-versions: the same call said to work without the tool', () => {
  const readWithout = (text: string): string | undefined => sameCallWorksWithoutTool(extractEvidence(normalizePaste(text).text, { now: NOW }));
  const table: [string, boolean][] = [
    ['I tested directly without the M365DSC module and was able to set that description without any problem.', true],
    ['Calling the cmdlet directly works; only the module fails.', true],
    ['Outside of the PnP wrapper it works fine with the same app.', true],
    ['I tested it directly and it still fails with 403.', false],
    ['The token works in Graph Explorer.', false],
  ];
  for (const [text, said] of table) {
    it(`${said ? 'reads' : 'reads no'} a call that works without the tool in: ${text}`, () => assert.equal(readWithout(text) !== undefined, said));
  }
});
