/**
 * A failure told in words: "sendmail returns Access Denied", "the sync stopped working", "no puedo
 * leer el calendario", "调用一直报错". People often describe the error instead of pasting its body;
 * with the subject of the causes in the same text (a permission, a token, a licence, a Graph
 * request …) that is a problem to work through with questions, not a message without an error.
 * A greeting, a thank-you or a question about the bot names no failure, and stays one.
 */
import type { Evidence } from './evidence/index.js';
import { hasAffirmedMatch } from './evidence/negation.js';

/** Words of failure, in the languages the diagnosis reads prose in. Matched on the lower-cased text. */
const FAILURE_WORDS = new RegExp(
  [
    // English: the outcome, the refusal, the inability.
    String.raw`\b(?:fail(?:s|ed|ing|ure|ures)?|errors?|exceptions?|denied|forbidden|unauthori[sz]ed|refus(?:e|es|ed|ing)|reject(?:s|ed|ing)?|block(?:s|ed|ing)?|invalid|insufficient|not allowed|not permitted|not supported|not enough|not authenticated|revoked|expired|issues?|problems?|warnings?)\b`,
    // A sign-in that never completes: "keeps asking me to sign in", "a redirect loop".
    String.raw`\b(?:keeps? (?:asking|prompting|redirecting|failing)|(?:sign-?in|login|redirect|same|endless|infinite|consent) loop)\b`,
    // "not refreshing", "not displaying", "not loading": something that should happen does not.
    String.raw`\bnot \w{3,}ing\b`,
    String.raw`\b(?:401|403)\b`,
    String.raw`\b(?:cannot|can't|can ?not|can i not|couldn't|could not|unable to|not able to|won't|does(?:n't| not) include|doesn't work|does not work|didn't work|did not work|not working|isn't working|stopped working|no longer works|broken)\b`,
    // French, Spanish, Portuguese, Italian, German, Dutch.
    String.raw`\b(?:erreur|échou\w*|refusé\w*|impossible de|ne fonctionne (?:pas|plus)|error(?:es)?|falla\w*|fall[óo]|denegad\w*|no puedo|no funciona|erro|falh\w*|negad\w*|não consigo|não funciona|errore|non riesco|non funziona|negat\w*|fehler\w*|fehlgeschlagen|schlägt fehl|verweigert|funktioniert nicht|kann nicht|mislukt|geweigerd|werkt niet)\b`,
    // Japanese, Chinese, Korean: no word boundaries.
    String.raw`エラー|失敗|拒否|できません|できない|错误|失败|失效|拒绝|无法|报错|不能|錯誤|拒絕|無法|오류|실패|거부|할 수 없`,
  ].join('|'),
);
/**
 * What the failure is about, when no cause's subject word says it: Microsoft 365's services, the
 * sign-in and its token, a request to Graph.
 */
const DOMAIN_WORDS = /\b(?:graph|entra|azure ?ad|aad|microsoft 365|office 365|m365|o365|sharepoint|onedrive|teams|outlook|exchange|intune|planner|msal|oauth2?|tokens?|refresh_token|access_token|sign[- ]?in|log[- ]?in|authenticat\w*|authori[sz]\w*|app registrations?|permissions?|scopes?|consent|apis?|mailbox(?:es)?|licen[cs]es?)\b/;


/** The text names Microsoft 365, the sign-in or a Graph request: what a cause's subject words would say too. */
export function aboutMicrosoft365(e: Evidence): boolean {
  return e.requests.length > 0 || DOMAIN_WORDS.test(e.lower);
}

/** Some word of failure the text does not deny ("no errors", "without any error" name none). */
export function describesFailure(e: Evidence): boolean {
  return hasAffirmedMatch(e.lower, FAILURE_WORDS);
}
