/**
 * A pasted token's bytes are not the error: a run of base64 that happens to spell a code, a status
 * or an exception name is read as none of them, and no piece of it comes back in the facts.
 */
import assert from 'node:assert/strict';
import { extractEvidence } from '../../../src/diagnosis/evidence/index.js';
import { diagnose } from '../../../src/diagnosis/diagnose.js';
import { toJson } from '../../../src/report/json-report.js';
import { delegated, mintToken, NOW } from '../../helpers/tokens.js';

/** The signature is opaque base64url: any run of its characters can appear in a real one. */
const SPELLED = [
  { name: 'no AADSTS code', bytes: 'Qk9ndF9-AADSTS53003-Kx9', absent: (e: ReturnType<typeof extractEvidence>) => e.aadsts.length === 0 },
  { name: 'no status', bytes: 'Qk9ndF9-403-Forbidden-Kx9', absent: (e: ReturnType<typeof extractEvidence>) => e.status === undefined },
  { name: 'no exception name', bytes: 'Qk9-MsalUiRequiredException-Kx9', absent: (e: ReturnType<typeof extractEvidence>) => e.exceptionNames.length === 0 },
];

async function pasteWith(bytes: string): Promise<{ paste: string; signature: string }> {
  const token = await mintToken(delegated('User.Read'));
  const [header, payload, sig] = token.split('.');
  const signature = `${bytes}${sig?.slice(bytes.length) ?? ''}`;
  return { paste: `GET https://graph.microsoft.com/v1.0/me/messages\nAuthorization: Bearer ${header}.${payload}.${signature}\n\nThe call fails.`, signature };
}

describe('diagnosis/evidence: a token spelling an error inside its bytes', () => {
  for (const c of SPELLED) {
    it(`reads ${c.name} from the token's signature`, async () => {
      const { paste } = await pasteWith(c.bytes);
      assert.ok(c.absent(extractEvidence(paste, { now: NOW })));
    });
  }

  it('quotes no piece of the signature in the facts or evidence', async () => {
    const { paste, signature } = await pasteWith(SPELLED[0]!.bytes);
    const json = JSON.stringify(toJson(diagnose(paste, { now: NOW })));
    for (let i = 0; i + 12 <= signature.length; i += 6) assert.ok(!json.includes(signature.slice(i, i + 12)), `signature bytes at ${i} came back`);
  });

  it('still reads the same code written beside the token', async () => {
    const { paste } = await pasteWith('Qk9ndF9Kx9');
    const e = extractEvidence(`${paste}\nAADSTS53003: Access has been blocked by Conditional Access policies.`, { now: NOW });
    assert.deepEqual(e.aadsts.map((a) => a.code), ['53003']);
  });
});
