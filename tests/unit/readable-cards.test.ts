import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { loadCardRenderer } from '../../src/platform/cards/card-renderer';
import { cardsDirectory } from '../../src/platform/cards/paths';
import { problemsNl } from '../../src/steps/2-problems/i18n/nl';
import { cardSamples } from '../tools/card-samples';

type Node = Record<string, unknown>;
const all = (node: unknown, match: (n: Node) => boolean, found: Node[] = []): Node[] => {
  if (Array.isArray(node)) for (const n of node) all(n, match, found);
  else if (node && typeof node === 'object') {
    if (match(node as Node)) found.push(node as Node);
    for (const value of Object.values(node)) all(value, match, found);
  }
  return found;
};
const strings = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String(value)];
  return value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
};

describe('readable cards and texts', () => {
  const renderer = loadCardRenderer(cardsDirectory());

  for (const t of [nl, en]) {
    it(`in ${t.locale}: no text in pale green (a success shows on a light green band, in dark bold text), no table that squeezes words`, async () => {
      for (const sample of await cardSamples(t, renderer)) {
        const card = renderer.render(sample.template, sample.view);
        assert.deepEqual(all(card, (n) => n.color === 'Good'), [], `${sample.template}: text coloured Good is hard to read`);
      }
      const status = (await cardSamples(t, renderer)).find((s) => s.template === 'status');
      assert.ok(status);
      assert.equal(all(renderer.render('status', status.view), (n) => n.type === 'Table').length, 0, 'the status has no table');
    });
  }

  it('the Dutch texts call the list and the voting round "de lijst" and "de stemronde", never "hem"', () => {
    const dutch = [...strings(nl), ...strings(problemsNl)];
    assert.deepEqual(dutch.filter((text) => /\bhem\b/i.test(text)), []);
  });
});
