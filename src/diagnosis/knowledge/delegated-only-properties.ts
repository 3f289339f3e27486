/**
 * Properties of a Graph resource that only a call on behalf of a signed-in user may read or write:
 * an app-only token is refused there, whatever application permission it holds. Named by their
 * words, so Graph's allowExternalSenders, Terraform's external_senders_allowed and "allow external
 * senders" in prose all count.
 */
import { codeWords } from './code-words.js';

export interface DelegatedOnlyProperty {
  readonly resource: string;
  readonly property: string;
  readonly source: string;
}

/**
 * The group features Microsoft lists as delegated-only ("External senders, accepted or rejected
 * senders, group subscription; user favorites and unseen count"), and group-update's note that
 * updating autoSubscribeNewMembers supports only delegated permissions.
 */
const GROUP_KNOWN_ISSUES = 'https://learn.microsoft.com/graph/known-issues#groups';
const GROUP_UPDATE = 'https://learn.microsoft.com/graph/api/group-update';

export const DELEGATED_ONLY_PROPERTIES: readonly DelegatedOnlyProperty[] = [
  { resource: 'group', property: 'allowExternalSenders', source: GROUP_KNOWN_ISSUES },
  { resource: 'group', property: 'acceptedSenders', source: GROUP_KNOWN_ISSUES },
  { resource: 'group', property: 'rejectedSenders', source: GROUP_KNOWN_ISSUES },
  { resource: 'group', property: 'autoSubscribeNewMembers', source: GROUP_UPDATE },
  { resource: 'group', property: 'isSubscribedByMail', source: GROUP_KNOWN_ISSUES },
  { resource: 'group', property: 'unseenCount', source: GROUP_KNOWN_ISSUES },
];

/** A word without its plural or past ending: "senders" and "sender", "allowed" and "allow" alike. */
function stem(word: string): string {
  return word.replace(/(?:ed|s)$/, '');
}

/** The property's words as one key, order aside: external_senders_allowed and allowExternalSenders share it. */
function key(words: readonly string[]): string {
  return words.map(stem).sort().join(' ');
}

const BY_KEY = new Map(DELEGATED_ONLY_PROPERTIES.map((p) => [key(codeWords(p.property)), p] as const));
const LONGEST = Math.max(...DELEGATED_ONLY_PROPERTIES.map((p) => codeWords(p.property).length));

/** Identifiers and runs of words; each run is read in windows as long as the longest property name. */
const RUN = /[A-Za-z][A-Za-z_ -]{6,80}/g;

/** The first delegated-only property the text names, if any. */
export function delegatedOnlyPropertyNamed(text: string): DelegatedOnlyProperty | undefined {
  if (!/sender|subscri|unseen/i.test(text)) return undefined;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const words = codeWords(m[0]);
    for (let size = 2; size <= LONGEST; size++) {
      for (let i = 0; i + size <= words.length; i++) {
        const found = BY_KEY.get(key(words.slice(i, i + size)));
        if (found) return found;
      }
    }
  }
  return undefined;
}
