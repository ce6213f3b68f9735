import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Template } from 'adaptivecards-templating';
import { escapeDisplayText } from './display-text';

/** Teams takes up to about 100 KB per message; we keep every card well under that. */
export const MAX_CARD_BYTES = 40 * 1024;

export type AdaptiveCardJson = Record<string, unknown>;

export interface CardRenderer {
  /**
   * Expands `cards/<slice>/<name>.json` with the view-model, escaping what Teams would read as markup;
   * throws when the result is over budget.
   */
  render(name: string, viewModel: object): AdaptiveCardJson;
  readonly names: readonly string[];
}

export class CardTooLargeError extends Error {
  constructor(name: string, bytes: number) {
    super(`card ${name} is ${bytes} bytes, over the ${MAX_CARD_BYTES} byte budget`);
    this.name = 'CardTooLargeError';
  }
}

/** Every `.json` file under the folder, in sub-folders too (cards are grouped like src/). */
function templateFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return templateFiles(path);
    return entry.name.endsWith('.json') ? [path] : [];
  });
}

/**
 * Finds every template at start; each is read and prepared once, when it is first rendered, so a
 * start does not parse the expressions of cards nobody asks for. A template is named by its file name.
 */
export function loadCardRenderer(cardsDirectory: string): CardRenderer {
  const files = new Map<string, string>();
  for (const file of templateFiles(cardsDirectory)) {
    const name = basename(file, '.json');
    if (files.has(name)) throw new Error(`two card templates are named ${name}`);
    files.set(name, file);
  }
  // Prepared once: the expressions in a template are parsed at construction, not per card.
  const templates = new Map<string, Template>();
  const templateOf = (name: string): Template | undefined => {
    const file = files.get(name);
    if (file === undefined) return undefined;
    let template = templates.get(name);
    if (!template) {
      template = new Template(JSON.parse(readFileSync(file, 'utf8')) as object);
      templates.set(name, template);
    }
    return template;
  };
  return {
    names: [...files.keys()].sort(),
    render(name, viewModel) {
      const template = templateOf(name);
      if (!template) throw new Error(`no card template named ${name}`);
      const card = escapeDisplayText(template.expand({ $root: viewModel }) as AdaptiveCardJson);
      const bytes = Buffer.byteLength(JSON.stringify(card), 'utf8');
      if (bytes > MAX_CARD_BYTES) throw new CardTooLargeError(name, bytes);
      return card;
    },
  };
}
