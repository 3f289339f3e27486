/**
 * Two versions of the same tool or SDK compared by the person: an older one works where the new one
 * fails, or the failing one is named beside one that works. The app's registration, consent and
 * policies are the same for both versions, so what differs is the client: a regression to report to
 * its maintainers (and the version to stay on meanwhile), not an authorization cause. Likewise the
 * same call said to work without the tool (sameCallWorksWithoutTool, at the end).
 */
import { execIn, gated, gatedAll, testIn } from './word-gate.js';
import type { Evidence } from './evidence/index.js';
import { oncePerPaste } from './once-per-paste.js';
import { isNegatedAt } from './evidence/negation.js';


/**
 * The user already tested it: an older version of the same tool or SDK works where the new one
 * fails ("Downgrading to 2.9.0 resolves the error", "rolled back to v5.3 and it works again",
 * "works with 1.4.2 but not with 1.5.0", "rolling the package back to 3.6.0 fixes it", "if I revert the
 * csproj to 3.5.0 the job runs fine"). The app's registration, consent and policies are the same
 * for both versions, so what changed is the client: a regression to report to its maintainers
 * (and, meanwhile, the version to stay on). A fix the user has tried outweighs what the error's
 * own words suggest. An attempt that did not help ("downgrading to 2.9 doesn't help") says nothing.
 */
const OLDER_VERSION_WORKS = gated(/\b(?:downgrad(?:e|ed|ing)|roll(?:ed|ing)?\s?back|roll(?:ed|ing)?\s+(?:the\s+|our\s+|my\s+)?(?:[\w.-]+\s+){0,2}?back|revert(?:ed|ing)?|going back|went back|pinn(?:ed|ing))\s+(?:\w+\s+){0,3}?(?:to\s+)?(?:version\s+|v)?\d+(?:\.\d+)+\b(?![^.\n]{0,40}?(?:n't|\bnot\b|\bnever\b|\bno longer\b|\bstill\b))[^.\n]{0,40}?\b(?:resolves?|resolved|fix(?:es|ed)?|solves?|solved|works?|worked|helps?|helped|runs? (?:fine|again|ok|okay|normally|correctly))\b|\b(?:works?|worked|working)\s+(?:fine\s+|again\s+|correctly\s+)?(?:with|in|on|using)\s+(?:version\s+|v)?\d+(?:\.\d+)+\b[^.\n]{0,30}?\b(?:but|while|whereas)\b[^.\n]{0,30}?(?:n't|\bnot\b|\bfails?\b|\bfailing\b|\bbroken\b|\bbreaks\b)/);

/**
 * The upgrade itself undone, its versions told elsewhere: "I reverted the bump on a branch and it works
 * again", "rolling back the package update fixed it".
 */
const UPGRADE_UNDONE_WORKS = gated(/\b(?:revert(?:ed|ing)?|roll(?:ed|ing)?\s?back|undid|undoing)\s+(?:the\s+|that\s+|this\s+|our\s+|my\s+)?(?:[\w.-]+\s+){0,2}?(?:bump|upgrade|update|package update|version bump|dependency update)\b(?![^.\n]{0,40}?(?:n't|\bnot\b|\bnever\b|\bstill\b))[^.\n]{0,40}?\b(?:resolves?|resolved|fix(?:es|ed)?|solves?|solved|works?|worked|helps?|helped|runs? (?:fine|again|ok|okay|normally|correctly))\b/);

/** The version named as the one that works, beside an upgrade to another: "After upgrading to 2.25.0 … Version 2.24.0 works". */
const VERSION_WORKS = gated(/\b(?:version\s+|v)\d+(?:\.\d+)+\s+(?:still\s+)?(?:works?|worked|is fine|was fine|runs fine)\b(?![^.\n]{0,20}?(?:n't|\bnot\b))/);
const UPGRADED = gated(/\b(?:upgrad|updat)\w*\b[^.\n]{0,40}?\d+\.\d+/);
/** The versions before one said to work: "Versions prior to 2.34.0 allow browser authentication", "releases before 5.2 are fine". */
const EARLIER_VERSIONS_WORK = gated(/\b(?:versions?|releases?|builds?)\s+(?:prior to|before|older than|earlier than|below)\s+(?:version\s+|v)?\d+(?:\.\d+)+\s+(?:still\s+)?(?:works?|worked|allows?|allowed|(?:is|are|was|were) fine|runs? fine|(?:do|does|did)(?: not|n't) have (?:this|the|that) (?:issue|problem|bug|error))\b/);

/** The version it worked on, then the move to another: "It worked fine on 2.12.0. Since moving to 3.1.0 it fails". */
const WORKED_BEFORE_MOVE = gated(/\b(?:worked|was working|ran)\s+(?:fine\s+|well\s+|correctly\s+|perfectly\s+)?(?:on|with|in|using)\s+(?:version\s+|v)?\d+(?:\.\d+)+\b[^\n]{0,80}?\b(?:since|after)\s+(?:moving|upgrading|updating|going|switching|migrating)\s+(?:\S+\s+){0,2}?to\s+(?:version\s+|v)?\d/);

/**
 * Two versions named, the failing one first: "fails on 2.1.1 with an invalid request error. The
 * same commands work on 1.11". Whichever is newer, the app and its grants are the same for both, so
 * the difference is the tool's. Graph's and the token endpoint's own versions (v1.0, v2.0) are no
 * tool's: "fails on v2.0, works on v1.0" is about the endpoint, so those two numbers do not count.
 */
const FAILS_ON_ONE_VERSION = gated(/\b(?:fails?|failed|failing|broken|breaks|errors? out)\s+(?:\w+\s+){0,2}?(?:on|with|in|using|under)\s+(?:version\s+|v)?(\d+(?:\.\d+)+)\b[^\n]{0,200}?(?<!(?:n't|not|never)\s)\b(?:works?|worked|working|runs? fine|succeeds?)\s+(?:fine\s+)?(?:on|with|in|using|under)\s+(?:version\s+|v)?(\d+(?:\.\d+)+)\b/);
const ENDPOINT_VERSIONS = new Set(['1.0', '2.0']);
/**
 * The same two versions, the working one first: "the same script works with
 * Microsoft.Graph.Authentication 2.0.0-rc3 and fails with every version since 2.0.0", "works with
 * 2.24.0, fails with 2.26.1". A pre-release suffix belongs to its version (2.0.0-rc3 is not 2.0.0).
 */
const WORKS_ON_ONE_VERSION = gated(/\b(?:works?|worked|working|runs? fine|succeeds?)\s+(?:fine\s+)?(?:on|with|in|using|under)\s+(?:[a-z][\w.-]*\s+){0,2}?(?:version\s+|v)?(\d+(?:\.\d+)+(?:-[a-z0-9]+(?:\.[a-z0-9]+)*)?)(?![\w-]|\.\w)[^\n]{0,120}?(?:,|;|\band\b|\bbut\b|\bwhile\b|\bwhereas\b)\s+(?:it\s+)?(?:fails?|failed|failing|breaks|is broken|errors? out)\s+(?:\w+\s+){0,4}?(?:on|with|in|using|under|since)\s+(?:version\s+|v)?(\d+(?:\.\d+)+(?:-[a-z0-9]+(?:\.[a-z0-9]+)*)?)(?![\w-]|\.\w)/);

/**
 * The same in the other languages the product reads prose in, the failing version first: "échoue en
 * 2.1.1 … marchent en 1.11", "falla con la 2.1.1 … funciona con la 1.11", "falha na 2.1.1 … funciona na
 * 1.11", "schlägt unter 2.1.1 fehl … funktioniert unter 1.11", "2.1.1 では失敗 … 1.11 では動く",
 * "2.1.1 版本失败 … 1.11 正常".
 */
const LOCALIZED_FAILS_ON_ONE_VERSION: readonly RegExp[] = gatedAll([
  /(?<![\wà-ÿ])échou\w*\s+(?:en|avec|sous|dans)\s+(?:la\s+)?(?:version\s+|v)?(\d+(?:\.\d+)+)\b[^\n]{0,200}?\b(?:marche|marchent|fonctionne|fonctionnent)\s+(?:bien\s+)?(?:en|avec|sous|dans)\s+(?:la\s+)?(?:version\s+|v)?(\d+(?:\.\d+)+)\b/,
  /\bfall(?:a|an)\s+(?:en|con)\s+(?:la\s+)?(?:versión\s+|v)?(\d+(?:\.\d+)+)\b[^\n]{0,200}?\bfuncion(?:a|an)\s+(?:bien\s+)?(?:en|con)\s+(?:la\s+)?(?:versión\s+|v)?(\d+(?:\.\d+)+)\b/,
  /\bfalh(?:a|am)\s+(?:na|no|em|com)\s+(?:a\s+)?(?:versão\s+|v)?(\d+(?:\.\d+)+)\b[^\n]{0,200}?\bfuncion(?:a|am)\s+(?:bem\s+)?(?:na|no|em|com)\s+(?:a\s+)?(?:versão\s+|v)?(\d+(?:\.\d+)+)\b/,
  /\bschlägt\s+(?:es\s+)?(?:unter|mit|in)\s+(?:version\s+|v)?(\d+(?:\.\d+)+)\s+fehl\b[^\n]{0,200}?\b(?:funktioniert|läuft|klappt)\s+(?:es\s+)?(?:unter|mit|in)\s+(?:version\s+|v)?(\d+(?:\.\d+)+)\b/,
  /(\d+(?:\.\d+)+)\s?(?:では|だと)[^。\n]{0,40}?(?:失敗|エラー)[^\n]{0,100}?(\d+(?:\.\d+)+)\s?(?:では|だと)[^。\n]{0,20}?(?:動|成功|問題なく)/,
  /(\d+(?:\.\d+)+)\s?(?:版本)?(?:上|下|中)?[^。\n\d]{0,10}?(?:失败|报错)[^\n]{0,100}?(\d+(?:\.\d+)+)\s?(?:版本)?(?:上|下|中)?[^。\n\d]{0,10}?(?:正常|可以|成功)/,
]);

/** Two different tool versions named by the pattern's two groups, neither of them Graph's or the token endpoint's own. */
function twoToolVersions(m: RegExpExecArray | null): string | undefined {
  if (!m || m[1] === m[2] || ENDPOINT_VERSIONS.has(m[1] ?? '') || ENDPOINT_VERSIONS.has(m[2] ?? '')) return undefined;
  return m[0];
}

function failsOnOneVersion(e: Evidence): string | undefined {
  const english = twoToolVersions(execIn(FAILS_ON_ONE_VERSION, e)) ?? twoToolVersions(execIn(WORKS_ON_ONE_VERSION, e));
  if (english !== undefined) return english;
  for (const re of LOCALIZED_FAILS_ON_ONE_VERSION) {
    const said = twoToolVersions(execIn(re, e));
    if (said !== undefined) return said;
  }
  return undefined;
}

/**
 * The same two tellings in the other languages the product reads prose in: going back to a version
 * fixed it ("退回到 2.25.0 的模块，就正常了", "volviendo a la 2.25.0 funciona", "en revenant à la 2.25.0 ça
 * marche", "voltando para a 2.25.0 funciona", "2.25.0 に戻すと動きます", "mit 2.25.0 funktioniert es
 * wieder"), or it ran on one version until the move to another ("Unter 2.12.0 lief das problemlos. Seit
 * dem Wechsel auf 3.1.0 …", "con la 2.12.0 funcionaba … desde que actualicé a la 3.1.0").
 */
const LOCALIZED_OLDER_VERSION_WORKS = new RegExp([
  String.raw`(?:退回|回退|降级|降回|回滚)(?:到|至)?\s?(?:版本\s?)?v?\d+(?:\.\d+)+[^。\n]{0,30}?(?:就|后|之后)?(?:正常|好了|可以了|没问题|解决)`,
  String.raw`\b(?:volviendo|volver|regresando|bajando) a (?:la )?(?:versión )?v?\d+(?:\.\d+)+[^.\n]{0,40}?\b(?:funciona|va bien|se soluciona)`,
  String.raw`\b(?:en revenant|revenir|en repassant|rétrograd\w*) (?:à|en|vers) (?:la )?(?:version )?v?\d+(?:\.\d+)+[^.\n]{0,40}?\b(?:fonctionne|marche|ça passe)`,
  String.raw`\b(?:voltando|voltar|regredindo|fazendo downgrade) (?:para|pra) (?:a )?(?:versão )?v?\d+(?:\.\d+)+[^.\n]{0,40}?\b(?:funciona|resolve)`,
  String.raw`v?\d+(?:\.\d+)+\s?(?:に|へ)(?:戻す|戻した|ダウングレード)(?:と|したら|すると|した結果)[^。\n]{0,30}?(?:動|正常|解消)`,
  String.raw`\b(?:unter|mit|in) (?:version )?v?\d+(?:\.\d+)+ (?:lief|läuft|funktionierte|ging)\b[^\n]{0,80}?\bseit (?:dem )?(?:wechsel|update|upgrade|umstieg) auf (?:version )?v?\d`,
  String.raw`\b(?:con|en) (?:la )?(?:versión )?v?\d+(?:\.\d+)+ funcionaba\b[^\n]{0,80}?\b(?:desde|después de) (?:que )?(?:actualic|actualiz|pas|migr|cambi)\w* (?:a|de) (?:la )?(?:versión )?v?\d`,
].join('|'));

/**
 * The same script said to have run on another version than the one named beside it: "PnP.PowerShell
 * 1.7.0. Same script ran fine on 1.5.0 last month". The script, app and grants are the same; the tool
 * version is what differs. Only when another version number stands in the paste.
 */
const SAME_SCRIPT_RAN_ON = gated(/\b(?:the )?same (?:script|code|commands?|cmdlets?|config(?:uration)?|setup|pipeline|workflow)\s+(?:\w+\s+)?(?:ran|worked|runs|works|was working)\s+(?:fine\s+|well\s+|perfectly\s+|without (?:any )?(?:issues?|errors?|problems?)\s+)?(?:on|with|in|under|using)\s+(?:version\s+|v)?(\d+(?:\.\d+)+)\b/);
const VERSION_NUMBER = /\b\d+\.\d+(?:\.\d+)+\b/g;
/**
 * A machine or person still on another version said to work: "Colleague's laptop still on 2.9.0 runs
 * the identical script against the same app without error", "On a VM that still has 2.24.0 it also
 * works". "Still" places that version before the one the paste fails with; only when another version
 * number stands in the paste.
 */
const STILL_ON_VERSION_WORKS = gated(/\bstill\s+(?:on|has|having|running|runs|with|at)\s+(?:version\s+|v)?(\d+(?:\.\d+)+)(?:-[a-z0-9.]+)?\b[^.\n]{0,80}?\b(?:(?:it\s+)?(?:also\s+)?works|worked|(?:lines|calls|commands|cmdlets|scripts|requests|steps) work|work there|runs?\b[^.\n]{0,60}?\bwithout (?:an? |any )?(?:errors?|issues?|problems?)|(?:is|was) fine)\b/);
/**
 * Another person or machine named with its version and said to be fine: "Colleague on 2.24 on the same
 * jump box: fine", "the build VM running 5.3.1 works". The same comparison of one tool's versions.
 */
const OTHER_SETUP_ON_VERSION_WORKS = gated(/\b(?:colleagues?|co-?workers?|teammates?|machines?|laptops?|vms?|boxe?s?|servers?|agents?|hosts?)(?:'s)?\s+(?:is\s+|are\s+)?(?:on|with|running|using|at)\s+(?:version\s+|v)?(\d+(?:\.\d+)+)(?:-[a-z0-9.]+)?\b[^.\n]{0,60}?(?::\s*(?:fine|works?|ok|okay|no (?:issue|problem|error)s?)\b|\b(?:works|worked|is fine|runs fine)\b)/);

function stillOnOtherVersionWorks(e: Evidence): string | undefined {
  const m = execIn(STILL_ON_VERSION_WORKS, e) ?? execIn(OTHER_SETUP_ON_VERSION_WORKS, e);
  if (!m || ENDPOINT_VERSIONS.has(m[1] ?? '') || isNegatedAt(e.lower, m.index) || /\b(?:not|never|no longer)\b|n't\b/.test(m[0])) return undefined;
  return [...e.lower.matchAll(VERSION_NUMBER)].some((v) => v[0] !== m[1]) ? m[0] : undefined;
}

function sameScriptRanOnOtherVersion(e: Evidence): string | undefined {
  const m = execIn(SAME_SCRIPT_RAN_ON, e);
  if (!m || ENDPOINT_VERSIONS.has(m[1] ?? '')) return undefined;
  return [...e.lower.matchAll(VERSION_NUMBER)].some((v) => v[0] !== m[1]) ? m[0] : undefined;
}

/**
 * Older versions said to work without their numbers: "it works with older PnP versions", "previous
 * releases are fine". The same comparison of one tool's versions, the app unchanged.
 */
const OLDER_VERSIONS_WORK_UNNAMED = gated(/\b(?:works?|worked|working)\s+(?:fine\s+)?(?:with|in|on|using)\s+(?:the\s+|an?\s+)?(?:older|previous|earlier|prior)\s+(?:[\w.-]+\s+){0,2}?(?:versions?|releases?|builds?)\b|\b(?:older|previous|earlier|prior)\s+(?:[\w.-]+\s+){0,2}?(?:versions?|releases?|builds?)\s+(?:still\s+)?(?:works?|worked|(?:is|are|was|were) fine)\b/);

/**
 * A version said to work beside the update to another one it fails on, in either order and in
 * English or German: "Since updating to 2.26.1 … with 2.25.0 it works", "Seit dem Update auf 2.26.1 …
 * funktioniert es … mit Version 2.25.0". Two different numbers, one working, one updated to.
 */
const WORKS_ON_VERSION = gated(/\b(?:works?|worked|working|runs? fine)\s+(?:fine\s+)?(?:again\s+)?(?:with|on|in|using|under)\s+(?:version\s+|v)?(\d+(?:\.\d+)+)|\b(?:with|on|in|using|under)\s+(?:version\s+|v)?(\d+(?:\.\d+)+)\s*,?\s+(?:it\s+|everything\s+)?(?:works?|worked|is fine|runs fine)\b|\b(?:mit|unter|in)\s+(?:version\s+)?v?(\d+(?:\.\d+)+)\b[^.\n]{0,40}?\b(?:funktioniert|läuft|klappt|geht)\b|\b(?:funktioniert|läuft|klappt|geht)\s+(?:es|das)\b[^.\n]{0,60}?\b(?:mit|unter)\s+(?:version\s+)?v?(\d+(?:\.\d+)+)/);
const UPDATED_TO_VERSION = gated(/\b(?:since|after)\s+(?:the\s+)?(?:updat|upgrad)\w*\s+(?:\w+\s+){0,2}?to\s+(?:version\s+|v)?(\d+(?:\.\d+)+)|\bseit (?:dem )?(?:update|upgrade|wechsel) auf (?:version\s+)?v?(\d+(?:\.\d+)+)/);

function worksOnOtherVersionThanUpdate(e: Evidence): string | undefined {
  const works = execIn(WORKS_ON_VERSION, e);
  const updated = works ? execIn(UPDATED_TO_VERSION, e) : null;
  if (!works || !updated || isNegatedAt(e.lower, works.index)) return undefined;
  const good = works.slice(1).find(Boolean);
  const bad = updated.slice(1).find(Boolean);
  return good !== undefined && bad !== undefined && good !== bad && !ENDPOINT_VERSIONS.has(good) ? works[0] : undefined;
}

/**
 * The same tool named with a version in two clauses, one that errors and one that works: "Using
 * AzureHound 2.3.1 or 2.3.0 and authenticating … errors with …. Using AzureHound 2.2.1 and … the same
 * JWT as above, works." Each clause is judged by its own words up to its sentence's end.
 */
const USING_VERSION = /\busing\s+(?:[a-z][\w.-]*\s+){1,2}?v?(\d+(?:\.\d+)+)(?:\s+or\s+v?(\d+(?:\.\d+)+))?\b([^.\n]{0,160})/g;
const CLAUSE_WORKS = /\b(?:works?|worked|is fine|runs fine|succeeds?)\b/;
const CLAUSE_FAILS = /\b(?:errors?|fails?|failed|breaks|(?:does|did)(?:n't| not) work)\b/;

function versionClausesDiffer(lower: string): string | undefined {
  if (!lower.includes('using')) return undefined;
  let works: { versions: string[]; said: string } | undefined;
  const failing = new Set<string>();
  USING_VERSION.lastIndex = 0;
  for (let m = USING_VERSION.exec(lower); m; m = USING_VERSION.exec(lower)) {
    const versions = [m[1], m[2]].filter((v): v is string => v !== undefined && !ENDPOINT_VERSIONS.has(v));
    const tail = m[3] ?? '';
    if (CLAUSE_FAILS.test(tail)) for (const v of versions) failing.add(v);
    else if (CLAUSE_WORKS.test(tail) && !/\b(?:not|never|n't)\b[^.\n]{0,12}\bwork/.test(tail)) works ??= { versions, said: m[0] };
  }
  return works !== undefined && failing.size > 0 && works.versions.some((v) => !failing.has(v)) ? works.said.trim().slice(0, 120) : undefined;
}

/**
 * The Microsoft Graph SDKs' bug-report form asks "Latest version known to work for scenario above?"
 * (the issue forms of microsoftgraph/msgraph-sdk-dotnet, -python, -powershell and the others:
 * https://github.com/microsoftgraph/msgraph-sdk-python/issues/1409 shows the form's headings). A
 * version number as its whole answer says that version worked; "N/A", "_No response_" or a sentence
 * says nothing. Only when another version number stands in the paste: the same number in both
 * answers compares nothing.
 */
const FORM_VERSION_KNOWN_TO_WORK = gated(/latest version known to work for scenario above\??[ \t]*\n\s*v?(\d+(?:\.\d+)+)[ \t]*(?:\n|$)/);

function formVersionKnownToWork(e: Evidence): string | undefined {
  const m = execIn(FORM_VERSION_KNOWN_TO_WORK, e);
  if (!m || ENDPOINT_VERSIONS.has(m[1] ?? '')) return undefined;
  return [...e.lower.matchAll(VERSION_NUMBER)].some((v) => v[0] !== m[1] && !(m[1] ?? '').startsWith(`${v[0]}.`)) ? m[0].trim().replace(/\s+/g, ' ') : undefined;
}

/** Read once per paste: not-authorization's signal and its auth-evidence exception both ask. */
export const olderVersionWorks = oncePerPaste((e: Evidence): string | undefined => {
  const unnamed = execIn(OLDER_VERSIONS_WORK_UNNAMED, e);
  if (unnamed && !isNegatedAt(e.lower, unnamed.index)) return unnamed[0];
  if (!/\d\.\d/.test(e.lower)) return undefined;
  return execIn(OLDER_VERSION_WORKS, e)?.[0] ?? execIn(UPGRADE_UNDONE_WORKS, e)?.[0] ?? execIn(EARLIER_VERSIONS_WORK, e)?.[0] ?? execIn(WORKED_BEFORE_MOVE, e)?.[0] ?? (testIn(UPGRADED, e) ? execIn(VERSION_WORKS, e)?.[0] : undefined) ?? failsOnOneVersion(e) ?? sameScriptRanOnOtherVersion(e) ?? stillOnOtherVersionWorks(e) ?? worksOnOtherVersionThanUpdate(e) ?? versionClausesDiffer(e.lower) ?? formVersionKnownToWork(e) ?? LOCALIZED_OLDER_VERSION_WORKS.exec(e.lower)?.[0];
});

/**
 * The same call made without the tool works: "tested directly without the M365DSC module and was able
 * to set it without any problem", "calling the cmdlet directly works". The identity and its grants
 * are the ones the tool uses, so what fails is the tool's own handling: a fault to report to its
 * maintainers, as with an older version that works. Graph Explorer or Postman are not such a test:
 * they sign in with other apps and tokens.
 */
const SUCCESS_WORDS = String.raw`(?:works?|worked|was able to|were able to|succeed\w*|without (?:any )?(?:problems?|issues?|errors?))`;
const SAME_CALL_WITHOUT_TOOL = gated(new RegExp(
  String.raw`\b(?:tested|tried|ran|running|called|calling|run)\s+(?:it\s+|the\s+(?:same\s+)?(?:cmdlet|call|request|query|command)\s+)?directly\b[^.\n]{0,80}?\b${SUCCESS_WORDS}` +
    String.raw`|\b(?:outside|without)\s+(?:of\s+)?(?:the\s+)?[\w.-]+\s+(?:module|plugin|tool|library|wrapper|integration)\b[^.\n]{0,80}?\b${SUCCESS_WORDS}`,
));

export const sameCallWorksWithoutTool = oncePerPaste((e: Evidence): string | undefined => {
  const m = execIn(SAME_CALL_WITHOUT_TOOL, e);
  return m && !isNegatedAt(e.lower, m.index) ? m[0] : undefined;
});
