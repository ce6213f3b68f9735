import { escapeAngleBrackets } from '../../kernel/text';

/** Elements whose `text` Teams reads as Markdown with markup: what it shows, not what people type into. */
const MARKDOWN_ELEMENTS = new Set(['TextBlock', 'TextRun']);

/**
 * Escapes the angle brackets in what a card shows (TextBlocks, TextRuns, facts), so help syntax
 * such as `open stap N tot <datum>` and user text keep every character. Input values, choices and
 * action data are left alone: they are not Markdown.
 */
export function escapeDisplayText<T>(node: T): T {
  if (Array.isArray(node)) return node.map((item: unknown) => escapeDisplayText(item)) as T;
  if (node === null || typeof node !== 'object') return node;
  const record = node as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) copy[key] = key === 'data' ? value : escapeDisplayText(value);
  if (MARKDOWN_ELEMENTS.has(String(record.type)) && typeof record.text === 'string') copy.text = escapeAngleBrackets(record.text);
  if (Array.isArray(record.facts)) {
    copy.facts = record.facts.map((fact: unknown) => {
      if (fact === null || typeof fact !== 'object') return fact;
      const { title, value } = fact as { title?: unknown; value?: unknown };
      return {
        ...fact,
        ...(typeof title === 'string' ? { title: escapeAngleBrackets(title) } : {}),
        ...(typeof value === 'string' ? { value: escapeAngleBrackets(value) } : {}),
      };
    });
  }
  return copy as T;
}
