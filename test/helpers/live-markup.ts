/**
 * What a chat client that renders Markdown and autolinks (as Teams does in card text) would turn
 * into something live or into layout: links, images, autolinked URLs and addresses, mentions,
 * HTML, entities, emphasis, lists and headings. Returns the names of what it found.
 */
const LIVE: readonly (readonly [string, RegExp])[] = [
  ['markdown link or image', /\][([:]/],
  ['autolinked URL', /\b[a-z][a-z0-9+.-]{0,30}:\/\//i],
  ['www link', /\bwww\./i],
  ['link scheme', /\b(?:mailto|tel|javascript|vbscript|data|msteams|sips?|callto):(?=[^\s\u2060])/i],
  ['e-mail autolink', /[A-Za-z0-9._%+-]@[A-Za-z0-9-]+\.[A-Za-z]{2,}/],
  ['mention or HTML', /<\s*\/?\s*[a-z!]/i],
  ['entity', /&#?[a-z0-9]{1,8};/i],
  ['asterisk emphasis', /\*/],
  ['underscore emphasis', /(?:^|[^A-Za-z0-9_\u2060])_|_(?:[^A-Za-z0-9_\u2060]|$)/],
  ['list or heading', /(?:^|\n)[ \t]{0,3}(?:[-+*#>=|]|\d{1,9}[.)])/],
];

export function liveMarkup(text: string): string[] {
  return LIVE.filter(([, re]) => re.test(text)).map(([name]) => name);
}
