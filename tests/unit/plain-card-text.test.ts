import assert from 'node:assert/strict';
import { cardNodes } from '../harness/card-nodes';
import { describe, it } from 'node:test';
import { nl } from '../../src/i18n/nl';
import { plainCardText } from '../../src/kernel/card-text';
import { loadCardRenderer } from '../../src/platform/cards/card-renderer';
import { cardsDirectory } from '../../src/platform/cards/paths';
import { shownText } from '../harness/shown-text';
import { cardSamples } from '../tools/card-samples';

const HOSTILE = [
  '[Officieel verslag politie](https://phish.example/login)',
  '![beeld](https://phish.example/pixel.png)',
  '# Kop\n## Nog een kop\nTekst\n===',
  '- punt\n* ster\n+ plus\n1. eerste\n2) tweede',
  '**vet** _schuin_ ~~weg~~ `code`',
  '\\[al ontsnapt\\](https://x.nl) en een losse \\ schuine streep',
];

/** Markup a Markdown reader would act on: an unescaped link or image, heading, list, emphasis, code or HTML. */
function markupIn(text: string): string | undefined {
  const bare = text.replace(/\\[!-/:-@[-`{-~]/g, '§');
  if (/\[[^\]]*\]\(/.test(bare)) return 'link or image';
  if (/^[ \t]*(#|[-+*] |\d+[.)] |=+$|-+$)/m.test(bare)) return 'heading or list';
  if (/[*_~`]/.test(bare)) return 'emphasis or code';
  if (/<[a-z/!]/i.test(text)) return 'HTML';
  return undefined;
}

describe('user text never becomes markup on a card', () => {
  it('escapes links, images, headings, lists and emphasis, and shows the text as typed', () => {
    for (const text of HOSTILE) assert.equal(markupIn(plainCardText(text)), undefined, plainCardText(text));
    const phish = '[Officieel verslag politie](https://phish.example/login)';
    assert.equal(shownText(plainCardText(phish)), phish);
  });

  it('is idempotent, so a view that escaped first does no harm', () => {
    for (const text of HOSTILE) assert.equal(plainCardText(plainCardText(text)), plainCardText(text), text);
  });

  it('is applied by the renderer to every text of every card, whatever a view forgot', async () => {
    const renderer = loadCardRenderer(cardsDirectory());
    const samples = await cardSamples(nl, renderer);
    // Every string in every sample view-model becomes hostile text: as if every field were typed by someone.
    const hostile = '[verslag](https://phish.example) ![p](https://x) **v** <b>x</b>\n# kop\n- punt\n1. een';
    const poisoned = (value: unknown): unknown => {
      if (typeof value === 'string') return hostile;
      if (Array.isArray(value)) return value.map(poisoned);
      if (value === null || typeof value !== 'object') return value;
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poisoned(v)]));
    };
    const covered = new Set<string>();
    let checked = 0;
    for (const sample of samples) {
      const card = renderer.render(sample.template, poisoned(sample.view) as object);
      covered.add(sample.template);
      for (const record of cardNodes(card, ['data'])) {
        const facts = Array.isArray(record.facts) ? (record.facts as { title?: unknown; value?: unknown }[]).flatMap((f) => [f.title, f.value]) : [];
        const shown = [...(record.type === 'TextBlock' ? [record.text] : []), ...facts].filter((x): x is string => typeof x === 'string');
        for (const text of shown) {
          checked += 1;
          assert.equal(markupIn(text), undefined, `${sample.template}: ${text.slice(0, 120)}`);
        }
      }
    }
    assert.deepEqual([...covered].sort(), [...renderer.names], 'every template');
    assert.ok(checked > 200, `only ${checked} texts were checked`);
  });
});
