/** The knowledge tables are data with sources: every row is complete, sourced and unique. */
import assert from 'node:assert/strict';
import { isVerdictId } from '../../../src/diagnosis/cause.js';
import { AADSTS_CODES } from '../../../src/diagnosis/knowledge/aadsts.js';
import { EXCEPTIONS } from '../../../src/diagnosis/knowledge/exceptions.js';
import { IDX_CODES } from '../../../src/diagnosis/knowledge/idx-codes.js';
import { OFFICE_SSO_CODES } from '../../../src/diagnosis/knowledge/office-sso-codes.js';
import type { KnowledgeRow } from '../../../src/diagnosis/knowledge/row.js';
import { SDK_NAMES } from '../../../src/diagnosis/knowledge/sdk-names.js';
import { SERVICE_CODES } from '../../../src/diagnosis/knowledge/service-codes.js';
import { SERVICE_MESSAGES } from '../../../src/diagnosis/knowledge/service-messages.js';
import { TRANSPORT_ERRORS } from '../../../src/diagnosis/knowledge/transport-errors.js';
import { redact } from '../../../src/token/redact.js';

// Microsoft's pages for the platform; a community library (PnP, python-o365, requests) is sourced to its own docs or source, a runtime or tool (Node.js, Python, Java, curl, Squid) to its reference.
const SOURCE = /^https:\/\/(?:learn\.microsoft\.com\/|github\.com\/(?:AzureAD|microsoftgraph|psf\/requests|vgrem\/Office365-REST-Python-Client)\/|www\.npmjs\.com\/package\/|pnp\.github\.io\/|o365\.github\.io\/python-o365\/|next-auth\.js\.org\/providers\/|nodejs\.org\/api\/|docs\.python\.org\/3\/|go\.dev\/ref\/|pkg\.go\.dev\/crypto\/|curl\.se\/libcurl\/|www\.squid-cache\.org\/Doc\/|docs\.oracle\.com\/en\/java\/|www\.rfc-editor\.org\/rfc\/)/;
const STRENGTHS = new Set(['decisive', 'strong', 'hint', 'generic']);

/**
 * Every code of Entra's AADSTS reference table (MicrosoftDocs/entra-docs,
 * docs/identity-platform/reference-error-codes.md, ms.date 2025-02-03): the table must hold a row
 * for each. When the reference grows, add the code here and a row in src/diagnosis/knowledge/aadsts.ts.
 */
const ENTRA_REFERENCE_CODES: readonly string[] = [
  '16000', '16001', '16002', '16003', '17003', '20001', '20012', '20033', '28002', '28003', '40008', '40009',
  '40010', '40015', '50000', '50001', '50002', '50003', '50005', '50006', '50007', '50008', '50010', '50011',
  '50012', '50013', '50014', '50015', '50017', '50020', '50027', '50029', '50032', '50033', '50034', '50042',
  '50043', '50048', '50049', '50050', '50053', '50055', '50056', '50057', '50058', '50059', '50061', '50064',
  '50068', '50070', '50071', '50072', '50074', '50076', '50078', '50079', '50085', '50086', '50087', '50088',
  '50089', '50097', '50098', '50099', '50100', '50101', '50102', '50103', '50105', '50107', '50108', '50109',
  '50111', '50117', '50120', '50123', '50124', '50125', '50126', '50127', '50128', '50129', '50130', '50131',
  '50132', '50133', '50134', '50135', '50136', '50137', '50138', '50139', '50140', '50141', '50142', '50143',
  '50144', '50146', '50147', '50148', '50149', '50150', '50155', '50156', '50157', '50158', '50159', '50160',
  '50161', '50162', '50163', '50164', '50165', '50166', '50167', '50168', '50169', '50170', '50171', '50172',
  '50173', '50176', '50177', '50178', '50180', '50187', '50192', '50194', '50196', '50197', '50199', '51000',
  '51001', '51004', '51005', '51006', '52004', '53000', '53001', '53002', '53003', '53004', '53010', '53011',
  '54000', '54005', '65001', '65002', '65004', '65005', '67003', '70000', '70001', '70002', '70003', '70004',
  '70005', '70007', '70008', '70011', '70012', '70016', '70018', '70019', '70043', '75001', '75003', '75005',
  '75008', '75011', '75016', '76021', '76026', '80001', '80002', '80005', '80007', '80010', '80012', '80013',
  '80014', '81004', '81005', '81006', '81007', '81009', '81010', '81011', '81012', '90002', '90004', '90005',
  '90006', '90007', '90008', '90009', '90010', '90012', '90013', '90014', '90015', '90016', '90019', '90020',
  '90022', '90023', '90024', '90027', '90033', '90036', '90038', '90043', '90051', '90055', '90056', '90072',
  '90081', '90082', '90084', '90085', '90086', '90087', '90090', '90091', '90092', '90093', '90094', '90095',
  '90099', '90100', '90101', '90102', '90107', '90112', '90114', '90117', '90119', '90120', '90121', '90123',
  '90124', '90125', '90126', '90130', '100007', '120000', '120002', '120003', '120004', '120005', '120008',
  '120011', '120012', '120013', '120014', '120015', '120016', '120018', '120020', '120021', '130004',
  '130005', '130006', '130007', '130008', '135010', '135011', '140000', '140001', '160021', '165004',
  '165900', '220450', '220501', '221000', '230109', '240001', '240002', '399284', '500011', '500014',
  '500021', '500022', '500133', '500141', '500207', '500208', '500212', '500213', '501241', '501461',
  '501481', '501491', '501621', '530032', '530034', '530035', '650052', '650054', '650056', '650057',
  '650059', '700005', '700011', '700016', '700020', '700022', '700023', '700025', '700027', '700030',
  '700054', '700082', '700084', '700229', '750054', '900144', '900236', '900382', '900384', '900432',
  '900561', '900971', '901002', '901011', '901012', '901014', '1000000', '1000002', '1000031', '1000104',
  '5000224', '5000819', '5001256', '7000112', '7000114', '7000215', '7000218', '7000222', '7500514',
  '7500529', '9001023', '9002313', '9002332', '9002341',
];

describe('diagnosis/knowledge tables', () => {
  const tables: [string, readonly KnowledgeRow[]][] = [
    ['AADSTS codes', AADSTS_CODES],
    ['service codes', SERVICE_CODES],
    ['service messages', SERVICE_MESSAGES],
    ['transport errors', TRANSPORT_ERRORS],
    ['IDX codes', IDX_CODES],
    ['exception names', EXCEPTIONS],
    ['Office add-in SSO codes', OFFICE_SSO_CODES],
  ];
  for (const [name, rows] of tables) {
    it(`${name}: each row has a verdict, a meaning of its own and a source`, () => {
      for (const r of rows) {
        assert.ok(r.cause === 'none' || isVerdictId(r.cause), `${r.code}: ${r.cause}`);
        assert.ok(r.meaning.length >= 8, r.code);
        assert.match(r.source, SOURCE, r.code);
        assert.ok(STRENGTHS.has(r.strength), `${r.code}: ${r.strength}`);
        // A code that names none of our causes cannot decide one.
        assert.ok(!(r.cause === 'none' && r.strength === 'decisive'), r.code);
        assert.equal(r.code, r.code.trim(), r.code);
      }
    });
    // A card redacts every reason it shows: a meaning worded like a secret's label ("client secret: its …") would lose its words.
    it(`${name}: each meaning survives redaction word for word`, () => {
      for (const r of rows) assert.equal(redact(`${r.code}: ${r.meaning}`), `${r.code}: ${r.meaning}`, r.code);
    });
    it(`${name}: no code is listed twice`, () => {
      const codes = rows.map((r) => r.code.toLowerCase());
      assert.equal(new Set(codes).size, codes.length);
    });
  }

  it('covers the Entra reference broadly (over a hundred AADSTS codes)', () => {
    assert.ok(AADSTS_CODES.length >= 100, String(AADSTS_CODES.length));
    assert.ok(AADSTS_CODES.every((r) => /^\d{5,7}$/.test(r.code)));
  });

  it('has a row for every code of the Entra reference table', () => {
    const listed = new Set(AADSTS_CODES.map((r) => r.code));
    const missing = ENTRA_REFERENCE_CODES.filter((c) => !listed.has(c));
    assert.deepEqual(missing, []);
    assert.ok(ENTRA_REFERENCE_CODES.length >= 340, String(ENTRA_REFERENCE_CODES.length));
  });

  it('service codes and exception names are single identifiers, as services write them', () => {
    for (const r of [...SERVICE_CODES, ...EXCEPTIONS]) assert.match(r.code, /^[A-Za-z][A-Za-z0-9_.]*$/, r.code);
  });

  it('SDK names are lower case, sourced and unique', () => {
    const names = SDK_NAMES.map((r) => r.name);
    assert.equal(new Set(names).size, names.length);
    for (const r of SDK_NAMES) {
      assert.equal(r.name, r.name.toLowerCase());
      assert.match(r.source, SOURCE, r.name);
    }
  });
});
