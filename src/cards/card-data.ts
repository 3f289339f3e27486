/** The data each card template in cards/ binds to: one type per template file. */

/** What a card button sends back (validated as untrusted input when it returns). */
export type ActionData = Readonly<Record<string, unknown>> & { readonly verb: string };

export interface NameValue {
  readonly name: string;
  readonly value: string;
}

/** Multi-line text as one TextBlock per line: a single newline inside a TextBlock is not a line break. */
export type Lines = readonly { readonly line: string }[];

export function toLines(text: string): Lines {
  // An empty line would collapse; a non-breaking space keeps it visible.
  return text.split('\n').map((line) => ({ line: line.length > 0 ? line : '\u00a0' }));
}

export interface WelcomeCardData {
  readonly exampleLines: Lines;
  readonly exampleAction: ActionData;
}

export interface HelpCardData {
  readonly exampleAction: ActionData;
}

export interface SummaryCardData {
  readonly headline: string;
  readonly subline: string;
  readonly style: 'good' | 'attention' | 'warning' | 'accent' | 'emphasis';
  readonly reasons: readonly { readonly text: string }[];
  readonly insight?: string;
  readonly runnersUp: readonly { readonly percent: string; readonly title: string; readonly reason: string }[];
  readonly facts: readonly NameValue[];
  readonly notes: readonly { readonly text: string }[];
}

export interface CheckData {
  readonly n: number;
  readonly title: string;
  readonly portal?: string;
  readonly powershell?: string;
  readonly cli?: string;
  readonly claim?: string;
  readonly fix: string;
}

export interface CauseCardData {
  readonly causeId: string;
  readonly title: string;
  readonly position: string;
  readonly style: 'attention' | 'warning' | 'emphasis';
  readonly what: string;
  readonly why: string;
  readonly fix: string;
  readonly learnMoreTitle: string;
  readonly learnMoreUrl: string;
  readonly checks: readonly CheckData[];
  readonly nextTitle: string;
  readonly actions: {
    readonly fixed: ActionData;
    readonly next: ActionData;
    readonly unsure: ActionData;
    readonly token: ActionData;
    readonly escalate: ActionData;
    /** Submits what a check printed (the checkOutput field) with the walkthrough state. */
    readonly output: ActionData;
  };
}

/** What a pasted check output shows, and the verdict on the check (cards/check-output.json). */
export interface CheckOutputCardData {
  readonly title: string;
  readonly subtitle: string;
  readonly verdict?: { readonly headline: string; readonly style: 'good' | 'attention' | 'warning' | 'emphasis' };
  readonly findings: readonly { readonly mark: string; readonly color: 'Good' | 'Attention' | 'Default'; readonly text: string }[];
  readonly lines: readonly { readonly text: string }[];
  readonly needs?: string;
  readonly note?: string;
  /** "What were you calling?": a request field and the flow, submitted with the parsed facts. */
  readonly prompt?: { readonly submit: ActionData };
}

export interface NotAuthorizationCardData {
  readonly reason: string;
  readonly what: string;
  readonly fix: string;
  readonly reasons: readonly { readonly text: string }[];
  readonly facts: readonly NameValue[];
  readonly learnMoreTitle: string;
  readonly learnMoreUrl: string;
  readonly actions: { readonly unsure: ActionData; readonly escalate: ActionData };
}

export interface QuestionCardData {
  readonly heading: string;
  readonly subheading: string;
  readonly prompt: string;
  readonly choices: readonly { readonly label: string; readonly value: string }[];
  readonly candidates: string;
  readonly actions: { readonly answer: ActionData; readonly token: ActionData; readonly escalate: ActionData };
}

export interface TokenCardData {
  readonly description: string;
  readonly style: 'good' | 'attention' | 'warning';
  readonly checks: readonly { readonly mark: string; readonly color: 'Good' | 'Attention' | 'Warning' | 'Default'; readonly claim: string; readonly reason: string }[];
  readonly claims: readonly NameValue[];
  readonly actions: { readonly back: ActionData; readonly escalate: ActionData };
}

export interface TokenRequestCardData {
  readonly privacy?: string;
  readonly privateChatUrl?: string;
}

export interface ResolvedCardData {
  readonly subline: string;
  readonly tip: string;
  readonly feedbackGiven: boolean;
  readonly actions: { readonly helpful: ActionData; readonly unhelpful: ActionData };
}

export interface EscalationCardData {
  readonly questionTitle: string;
  readonly questionBody: string;
  readonly bodyLines: Lines;
  readonly qnaUrl: string;
  readonly actions: { readonly restart: ActionData };
}

export interface NoticeCardData {
  readonly title: string;
  readonly style: 'attention' | 'warning' | 'accent';
  readonly message: string;
  readonly helpAction: ActionData;
}

/** Template name (file name in cards/) -> its data. */
export interface CardDataMap {
  readonly welcome: WelcomeCardData;
  readonly help: HelpCardData;
  readonly summary: SummaryCardData;
  readonly cause: CauseCardData;
  readonly 'not-authorization': NotAuthorizationCardData;
  readonly question: QuestionCardData;
  readonly token: TokenCardData;
  readonly 'token-request': TokenRequestCardData;
  readonly resolved: ResolvedCardData;
  readonly escalation: EscalationCardData;
  readonly notice: NoticeCardData;
  readonly 'check-output': CheckOutputCardData;
}

export type CardName = keyof CardDataMap;

export const CARD_NAMES: readonly CardName[] = ['welcome', 'help', 'summary', 'cause', 'not-authorization', 'question', 'token', 'token-request', 'resolved', 'escalation', 'notice', 'check-output'];
