import assert from 'node:assert/strict';
import { extractEvidence } from '../../src/diagnosis/evidence/index.js';
import { normalizePaste } from '../../src/diagnosis/normalize.js';
import { heldRoles, holdsNeededRole, needsRoleReason, protectedTargetRefused } from '../../src/diagnosis/role-reasoning.js';
import { diagnose } from '../../src/diagnosis/diagnose.js';

const evidence = (text: string) => extractEvidence(normalizePaste(text).text, { now: new Date('2026-12-01T00:00:00Z') });

describe('diagnosis/role-reasoning', () => {
  const held: [string, string[]][] = [
    ["I'm Security Reader in Entra and the tenant has P2.", ['security reader']],
    ['As a Global Reader I open the report page.', ['global reader']],
    ['I have the Reports Reader role, activated in PIM.', ['reports reader']],
    ['my account is assigned User Administrator', ['user administrator']],
    // A role given as an example, or said to be lacking, is not held.
    ['The docs mention roles such as Reports Reader.', []],
    ["I don't have the Reports Reader role.", []],
    ["I'm not a Security Reader.", []],
  ];
  for (const [text, roles] of held) it(`reads ${JSON.stringify(roles)} as held in "${text}"`, () => assert.deepEqual([...heldRoles(evidence(text))], roles));

  const call = 'Delegated sign-in (AuditLog.Read.All consented). GET https://graph.microsoft.com/v1.0/auditLogs/directoryAudits returns 403 Forbidden.';
  it('names the roles a delegated call needs when the user is not said to hold one', () => {
    assert.match(needsRoleReason(evidence(call)) ?? '', /Reports Reader, Security Administrator or Security Reader/);
    assert.equal(holdsNeededRole(evidence(call)), undefined);
  });
  it('says the role is not what is missing when the user holds a listed one', () => {
    const e = evidence(`${call} I'm a Security Reader.`);
    assert.match(holdsNeededRole(e) ?? '', /holds Security Reader/);
    assert.equal(needsRoleReason(e), undefined);
  });
  it('reads a Global Administrator as holding the roles, except those of custom security attributes', () => {
    assert.match(holdsNeededRole(evidence(`${call} I am a Global Administrator.`)) ?? '', /Global Administrator/);
    assert.equal(holdsNeededRole(evidence('I am a Global Administrator. GET https://graph.microsoft.com/v1.0/directory/attributeSets returns 403 Forbidden.')), undefined);
  });
  it('does not call a held role outside the least privileged list insufficient', () => {
    assert.doesNotMatch(needsRoleReason(evidence(`${call} As a Global Reader.`)) ?? '', /Global Reader/);
  });

  // What the card says: the roles beside the user's access, or the role held beside the app's permission.
  const said = (paste: string, cause: string): string => diagnose(paste, { now: new Date('2026-12-01T00:00:00Z') }).causes.find((c) => c.id === cause)?.evidence.join(' ') ?? '';
  it("names the roles in the user's access for a delegated call its API reference says needs one", () => {
    assert.match(said('Connect-MgGraph -Scopes IdentityRiskEvent.Read.All, then Invoke-MgGraphRequest GET https://graph.microsoft.com/v1.0/identityProtection/riskDetections -> 403 Forbidden', 'user-access-or-license'), /Security Reader/);
  });
  it("puts the app's permission first when the user holds a listed role, unless a licence is spoken of", () => {
    const paste = 'Device code sign-in, scopes User.Read and Directory.Read.All. GET https://graph.microsoft.com/v1.0/auditLogs/signIns: 403 Authorization_RequestDenied, Insufficient privileges to complete the operation. I am Security Reader in Entra.';
    assert.match(said(paste, 'permissions-missing'), /holds Security Reader/);
    assert.doesNotMatch(said(`${paste} Our Entra license is Free, not P1.`, 'permissions-missing'), /holds Security Reader/);
  });
  it("leaves the role out where the service's own code names the missing permission", () => {
    const paste = 'az rest --method get --url https://graph.microsoft.com/v1.0/auditLogs/directoryAudits\nForbidden({"error":{"code":"AccessDenied","message":"You cannot perform the requested operation, required scopes are missing in the token."}})';
    assert.doesNotMatch(said(paste, 'user-access-or-license'), /Microsoft Entra roles/);
  });

  // A target told apart from others that work, and protected itself; not the caller's own role.
  const targets: [string, boolean][] = [
    ['403 Insufficient privileges. The same script reset 3 normal users, no problem; the break-glass account is a Global Admin.', true],
    ['403 Insufficient privileges on POST /groups/{id}/members/$ref. Works for every group except the one created as role-assignable.', true],
    ['403 Insufficient privileges. My account is a Global Admin and it works for every other tenant except ours.', false],
    ['403 Insufficient privileges. The target is a Global Admin.', false],
  ];
  for (const [text, read] of targets) {
    it(`${read ? 'reads' : 'reads no'} a protected target in: ${text}`, () => assert.equal(protectedTargetRefused(evidence(text)) !== undefined, read));
  }
});
