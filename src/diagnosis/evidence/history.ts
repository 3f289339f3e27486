/**
 * Words that tell an error as history: met before and fixed ("last month we hit …, fixed it by
 * licensing him", "prima avevo …, è sparito"). Such an error is not the one being asked about,
 * unless the same words say it is back ("still", "again").
 */
const PAST_MARKER = new RegExp(
  [
    // "Yesterday" told of a fix ("fixed the consent problem yesterday"), not the start of the failure ("since yesterday").
    String.raw`(?<!\bsince )\byesterday\b|\b(?:we|i) (?:were|was) getting\b|\blast (?:week|month|year|time)\b|\b(?:earlier|previously|in the past|back then|a while ago|(?:days?|weeks?|months?) ago|at first|initially|originally|before that)\b|\bbefore,|^\s*before\b|\bfirst I (?:got|had|hit|saw)\b`,
    // The same in the other languages the product reads: it "prima / inizialmente", es "antes / al principio",
    // de "vorher / zuerst / anfangs / früher", fr "avant / au début / d'abord", pt "antes / no início", pl "wcześniej / najpierw", ja 以前 / 最初は, zh 之前 / 一开始.
    String.raw`\b(?:prima|inizialmente|all'inizio|antes|al principio|inicialmente|vorher|zuerst|anfangs|früher|avant|au début|d'abord|no início|wcześniej|najpierw)(?![a-z\u00c0-\u024f])`,
    '以前|最初は|之前|一开始',
  ].join('|'),
  'i',
);
const FIXED = new RegExp(
  [
    String.raw`\b(?:fixed|resolved|solved|went away|is gone|was gone|(?:that|it)'?s gone|disappeared|no longer (?:appears|shows|comes)|got rid of|(?:was|got|has been|have been|were) sorted(?: out)?|sorted (?:it|that|this) out)\b`,
    String.raw`\b(?:sparit[oa]|risolt[oa]|desapareci[óo]|resuelto|se solucion[óo]|se arregl[óo]|behoben|gelöst|verschwunden|résolue?|corrigée?|disparue?|resolvid[oa]|sumiu|desapareceu|naprawion[eya]|rozwiązan[eya]|znikn[ąę][łl])(?![a-z\u00c0-\u024f])`,
    '解決|消えた|直った|解决了|消失了',
  ].join('|'),
  'i',
);
const BACK_AGAIN = /\b(?:still|again|keeps?|came back|comes back|returned)\b/i;

/** Whether a sentence (or a line of prose) tells what it names as met before and fixed, and not back. */
export function toldAsFixed(sentence: string): boolean {
  return PAST_MARKER.test(sentence) && FIXED.test(sentence) && !BACK_AGAIN.test(sentence);
}

/**
 * The other ways a post tells an earlier state of its own: a first try, a day before, a first
 * version, an error said to be gone or a call said to work now.
 */
const EARLIER_TRY = /\b(?:first (?:attempt|run|try|time|call)|yesterday|last night|v1(?![.\w]))|\b(?:(?:works?|goes through|go through|passes) now)\b|\b(?:gestern|ayer|ontem)\b|昨日|昨天/i;

/** Whether a line tells an earlier state: met before, fixed, or a first try that came before what happens now. */
export function toldAsEarlierState(line: string): boolean {
  return PAST_MARKER.test(line) || FIXED.test(line) || EARLIER_TRY.test(line);
}

/** Whether the text says anything was fixed at all: the cheap first test before reading sentences. */
export function mentionsAFix(text: string): boolean {
  return FIXED.test(text);
}
