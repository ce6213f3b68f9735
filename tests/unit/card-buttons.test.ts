import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ALL_CARD_ACTIONS } from '../../src/features';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { loadCardRenderer, type AdaptiveCardJson } from '../../src/platform/cards/card-renderer';
import { cardsDirectory } from '../../src/platform/cards/paths';
import { cardSamples } from '../tools/card-samples';

type Node = Record<string, unknown>;
const all = (node: unknown, match: (n: Node) => boolean, found: Node[] = []): Node[] => {
  if (Array.isArray(node)) for (const n of node) all(n, match, found);
  else if (node && typeof node === 'object') {
    if (match(node as Node)) found.push(node as Node);
    for (const [key, value] of Object.entries(node)) if (key !== 'data') all(value, match, found);
  }
  return found;
};
const ACTION = /^Action\.(Execute|Submit)$/;
const verbOf = (action: Node): string => String(action.verb ?? (action.data as Node | undefined)?.verb ?? '');

/**
 * No dead buttons (issue: "Mijn problemen" on an empty form never reached the bot): Teams checks
 * and sends every input of a card unless the button says `associatedInputs: none`. Only a button
 * that saves what was typed may do that; every other one must say none, its fallback too.
 */
describe('card buttons', () => {
  const renderer = loadCardRenderer(cardsDirectory());
  const declared = new Map(ALL_CARD_ACTIONS.map((a) => [a.verb, a]));
  for (const t of [nl, en]) {
    it(`in ${t.locale}: on a card with inputs only a saving button sends them; every verb is one the bot knows`, async () => {
      let checked = 0;
      for (const sample of await cardSamples(t, renderer)) {
        const card: AdaptiveCardJson = renderer.render(sample.template, sample.view);
        const hasInputs = all(card, (n) => typeof n.type === 'string' && n.type.startsWith('Input.')).length > 0;
        for (const action of all(card, (n) => typeof n.type === 'string' && ACTION.test(n.type))) {
          const verb = verbOf(action);
          const known = declared.get(verb);
          assert.ok(known, `${sample.template}: unknown verb ${verb}`);
          if (!hasInputs || known.sendsInputs) continue;
          assert.equal(action.associatedInputs, 'none', `${sample.template}: ${action.type} ${verb} must not demand the card's inputs`);
          checked += 1;
        }
      }
      assert.ok(checked >= 3, `only ${checked} navigating buttons on cards with inputs`);
    });
  }
});
