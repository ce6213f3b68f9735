import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { cardsDirectory } from '../../src/platform/cards/paths';
import { loadCardRenderer } from '../../src/platform/cards/card-renderer';
import { createCardValidator } from '../harness/card-schema';
import { cardSamples } from '../tools/card-samples';

// The gallery (npm run cards) needs a browser; its sample data does not, so it is checked here.
test('the card gallery has valid sample data for every template, in Dutch and English', async () => {
  const renderer = loadCardRenderer(cardsDirectory());
  const validate = createCardValidator();
  for (const t of [nl, en]) {
    const samples = await cardSamples(t, renderer);
    assert.deepEqual([...new Set(samples.map((s) => s.template))].sort(), [...renderer.names].sort(), 'every template at least once');
    for (const sample of samples) {
      assert.ok(sample.caption, sample.template);
      assert.deepEqual(validate(renderer.render(sample.template, sample.view)), [], sample.template);
    }
  }
});
