/**
 * What a reader sees of an expanded Adaptive Card before touching anything: the text of every
 * element that is shown (isVisible=false hides an element and everything in it until a
 * ToggleVisibility opens it; an Action.ShowCard's card stays closed), the button titles, input
 * labels and choices. Markdown markers are not counted ("**a**" shows as "a", a link shows its
 * label). Used to keep the first answer short enough to read at a glance.
 */

type Json = Readonly<Record<string, unknown>>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? v : [];
}

/** The text a TextBlock shows for its Markdown: links show their label, emphasis markers vanish. */
export function shownMarkdown(text: string): string {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*|__/g, '').replace(/(^|\s)[*_](\S)/g, '$1$2').replace(/(\S)[*_](\s|$)/g, '$1$2');
}

function actionTexts(actions: unknown, out: string[]): void {
  for (const a of list(actions)) {
    if (!isObject(a) || a.isVisible === false) continue;
    if (typeof a.title === 'string') out.push(a.title);
    // Action.ShowCard's card opens only on a click: not counted.
  }
}

function elementTexts(element: unknown, out: string[]): void {
  if (!isObject(element) || element.isVisible === false) return;
  switch (element.type) {
    case 'TextBlock':
      if (typeof element.text === 'string') out.push(shownMarkdown(element.text));
      return;
    case 'RichTextBlock':
      for (const inline of list(element.inlines)) {
        if (typeof inline === 'string') out.push(inline);
        else if (isObject(inline) && typeof inline.text === 'string') out.push(inline.text);
      }
      return;
    case 'FactSet':
      for (const f of list(element.facts)) if (isObject(f)) out.push(`${String(f.title ?? '')} ${String(f.value ?? '')}`.trim());
      return;
    case 'Input.ChoiceSet':
      if (typeof element.label === 'string') out.push(element.label);
      for (const c of list(element.choices)) if (isObject(c) && typeof c.title === 'string') out.push(c.title);
      return;
    case 'Input.Text':
      if (typeof element.label === 'string') out.push(element.label);
      if (typeof element.value === 'string') out.push(element.value);
      else if (typeof element.placeholder === 'string') out.push(element.placeholder);
      return;
    case 'ActionSet':
      actionTexts(element.actions, out);
      return;
    case 'ColumnSet':
      for (const c of list(element.columns)) elementTexts(c, out);
      return;
    default:
      // Container, Column and anything else with items.
      for (const item of list(element.items)) elementTexts(item, out);
  }
}

/** The pieces of text shown before any interaction, in card order. */
export function visibleTexts(card: unknown): string[] {
  const out: string[] = [];
  if (!isObject(card)) return out;
  for (const element of list(card.body)) elementTexts(element, out);
  actionTexts(card.actions, out);
  return out.filter((t) => t.trim().length > 0);
}

/** How many characters a reader sees before expanding anything (whitespace runs count as one). */
export function visibleCharacters(card: unknown): number {
  return visibleTexts(card).reduce((n, t) => n + t.replace(/\s+/g, ' ').trim().length, 0);
}
