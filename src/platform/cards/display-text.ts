import { plainCardText } from '../../kernel/card-text';
import { escapeAngleBrackets } from '../../kernel/text';

/** Elements whose `text` Teams reads as markup: what a card shows, not what people type into. */
const MARKUP_ELEMENTS = new Set(['TextBlock', 'TextRun']);
/** Of those, the ones that read Markdown (a TextRun shows its text as it is, but for HTML). */
const MARKDOWN_ELEMENTS = new Set(['TextBlock']);

/** What a card shows, as plain text: no Markdown (links, images, headings, lists, bold) and no HTML. */
const shown = (text: string): string => escapeAngleBrackets(plainCardText(text));

/**
 * Makes everything a card shows plain text (TextBlocks, TextRuns, facts): user text never becomes a
 * link, image, heading or list, and help syntax such as `open stap N tot <datum>` keeps every
 * character. Done here, on every card, so that no view can forget it: templates hold no literal
 * text, so all of it comes from view-models and none of it is meant as markup. Input values,
 * choices and action data are left alone: they are not Markdown.
 */
export function escapeDisplayText<T>(node: T): T {
  if (Array.isArray(node)) return node.map((item: unknown) => escapeDisplayText(item)) as T;
  if (node === null || typeof node !== 'object') return node;
  const record = node as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) copy[key] = key === 'data' ? value : escapeDisplayText(value);
  if (MARKUP_ELEMENTS.has(String(record.type)) && typeof record.text === 'string') {
    copy.text = MARKDOWN_ELEMENTS.has(String(record.type)) ? shown(record.text) : escapeAngleBrackets(record.text);
  }
  if (Array.isArray(record.facts)) {
    copy.facts = record.facts.map((fact: unknown) => {
      if (fact === null || typeof fact !== 'object') return fact;
      const { title, value } = fact as { title?: unknown; value?: unknown };
      return {
        ...fact,
        ...(typeof title === 'string' ? { title: shown(title) } : {}),
        ...(typeof value === 'string' ? { value: shown(value) } : {}),
      };
    });
  }
  return copy as T;
}
