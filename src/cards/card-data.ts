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
  /** Personal chat: tokens may be pasted here (decoded, never stored). */
  readonly personal: boolean;
  /** Group chat or channel: the way to a private chat, for tokens. */
  readonly privateChatUrl?: string;
}

export interface HelpCardData {
  readonly exampleAction: ActionData;
}

/** A line of text (one TextBlock each). */
export type TextLines = readonly { readonly text: string }[];

export interface CheckData {
  /** The id of the collapsed details, unique on the card. */
  readonly id: string;
  readonly n: number;
  readonly title: string;
  readonly portal?: string;
  readonly powershell?: string;
  readonly cli?: string;
  readonly claim?: string;
  readonly fix: string;
  /** The Microsoft Learn page the check rests on, shown as "Learn more" once the check is open. */
  readonly source: string;
  /** What the fix gives up in security, shown as "Trade-off: …" once the check is open. */
  readonly tradeOff?: string;
  /** Placeholders the paste could not fill, each "{app-id}: what it is" (shown as "Fill in: …"). */
  readonly toFill: TextLines;
  /** ToggleVisibility targets: this check's details toggle, every other check closes. */
  readonly targets: readonly { readonly elementId: string; readonly isVisible?: boolean }[];
}

/** One verdict on a token claim, its meaning in a word as well as a mark (never by colour alone). */
export interface TokenVerdictLine {
  readonly mark: string;
  readonly claim: string;
  readonly reason: string;
}

/** The token's verdicts inside an answer card (personal chats only): each claim once. */
export interface TokenSectionData {
  readonly description: string;
  /** Fails and warnings, shown. */
  readonly problems: readonly TokenVerdictLine[];
  /** The claims that are fine, in one line ("✔ ok: aud, tid, exp"). */
  readonly fine?: string;
  /** The claims with a remark, in one line; the remarks themselves are collapsed. */
  readonly noted?: string;
  readonly details: readonly TokenVerdictLine[];
  /** The decoded values, collapsed. */
  readonly claims: readonly NameValue[];
}

/** "Check my token" on a card: a field in a personal chat, a way to a private chat in a group. */
export interface TokenInputData {
  /** Personal chat: the action that submits the field with the walkthrough's state. */
  readonly submit?: ActionData;
  /** Group chat or channel: where to paste it instead. */
  readonly privateChatUrl?: string;
  readonly privacy?: string;
}

/** The buttons every walkthrough card shares. */
export interface WalkthroughActions {
  readonly escalate: ActionData;
  readonly unsure?: ActionData;
  /** Present from the second step on. */
  readonly back?: ActionData;
}

export interface CauseCardData {
  readonly causeId: string;
  readonly headline: string;
  readonly subline: string;
  readonly style: 'attention' | 'warning' | 'emphasis';
  /** What to do, first. */
  readonly fix: string;
  /** The first check's command, shown under the fix. */
  readonly command?: string;
  readonly reasons: TextLines;
  /** The runners-up in one line. */
  readonly runnersUp?: string;
  readonly token?: TokenSectionData;
  readonly notes: TextLines;
  /** Group chats: the button to a private chat (for the token). */
  readonly privateChatUrl?: string;
  readonly checks: readonly CheckData[];
  readonly facts: readonly NameValue[];
  readonly learnMoreTitle: string;
  readonly learnMoreUrl: string;
  readonly nextTitle: string;
  readonly tokenInput: TokenInputData;
  readonly actions: WalkthroughActions & {
    readonly fixed: ActionData;
    readonly next: ActionData;
    /** When nothing points at the cause: Q&A offered up front. */
    readonly escalateNow?: ActionData;
    /** Submits what a check printed (the checkOutput field, shown when a check opens) with the state. */
    readonly output?: ActionData;
  };
}

/** What a pasted check output shows, and the verdict on the check (cards/check-output.json). */
export interface CheckOutputCardData {
  readonly title: string;
  readonly subtitle: string;
  readonly verdict?: { readonly headline: string; readonly style: 'good' | 'attention' | 'warning' | 'emphasis' };
  /** One line per cause the output speaks to; the mark says it in a word, never by colour alone. */
  readonly findings: readonly { readonly mark: string; readonly text: string }[];
  readonly lines: readonly { readonly text: string }[];
  readonly needs?: string;
  readonly note?: string;
  /** "What were you calling?": a request field and the flow, submitted with the parsed facts. */
  readonly prompt?: { readonly submit: ActionData };
  /** Inside a walkthrough: back to the card the output was pasted into. */
  readonly back?: ActionData;
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
  readonly reasons: TextLines;
  readonly token?: TokenSectionData;
  readonly notes: TextLines;
  readonly privateChatUrl?: string;
  readonly prompt: string;
  readonly choices: readonly { readonly label: string; readonly value: string }[];
  readonly tokenInput: TokenInputData;
  readonly actions: WalkthroughActions & { readonly answer: ActionData };
}

export interface ResolvedCardData {
  readonly subline: string;
  readonly tip: string;
  /** Once feedback was given the buttons give way to a thank-you. */
  readonly feedbackGiven: boolean;
  readonly actions?: { readonly helpful: ActionData; readonly unhelpful: ActionData };
}

export interface EscalationCardData {
  readonly questionTitle: string;
  readonly questionBody: string;
  readonly qnaUrl: string;
  readonly actions: { readonly restart: ActionData; readonly back?: ActionData };
}

export interface NoticeCardData {
  readonly title: string;
  readonly style: 'attention' | 'warning' | 'accent';
  readonly message: string;
  readonly helpAction: ActionData;
  readonly privateChatUrl?: string;
  readonly back?: ActionData;
}

/** Template name (file name in cards/) -> its data. */
export interface CardDataMap {
  readonly welcome: WelcomeCardData;
  readonly help: HelpCardData;
  readonly cause: CauseCardData;
  readonly 'not-authorization': NotAuthorizationCardData;
  readonly question: QuestionCardData;
  readonly resolved: ResolvedCardData;
  readonly escalation: EscalationCardData;
  readonly notice: NoticeCardData;
  readonly 'check-output': CheckOutputCardData;
}

export type CardName = keyof CardDataMap;

export const CARD_NAMES: readonly CardName[] = ['welcome', 'help', 'cause', 'not-authorization', 'question', 'resolved', 'escalation', 'notice', 'check-output'];
