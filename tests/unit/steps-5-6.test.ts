import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { loadCardRenderer } from '../../src/platform/cards/card-renderer';
import { cardsDirectory } from '../../src/platform/cards/paths';
import { formatEuro, parseEuroCents, parseHundredths, splitCents } from '../../src/steps/5-execution/domain/amounts';
import { parseFunders, parseOutcome, parsePeriod } from '../../src/steps/5-execution/domain/input';
import { executionCatalog } from '../../src/steps/5-execution/i18n/catalog';
import { EXECUTION_OVERVIEW_CARD, planViews } from '../../src/steps/5-execution/views/overview.view';
import { newProject } from '../../src/project/domain/project';
import { createCardValidator } from '../harness/card-schema';
import { cardText } from '../harness/scene';
import { samplePlan } from '../tools/card-samples-steps-5-6';

const project = newProject({ id: 'p1', channel: { tenantId: 't', teamId: 'team', channelId: 'c', serviceUrl: 'https://s' } as never, leader: { tenantId: 't', aadObjectId: 'a', name: 'Marieke de Vries' } as never, now: new Date('2027-01-01T00:00:00Z') });

describe('step 5 amounts', () => {
  it('reads euros the Dutch way in whole cents and shows them so', () => {
    assert.deepEqual(parseEuroCents('€ 12.500,00'), { ok: true, value: 1_250_000 });
    assert.deepEqual(parseEuroCents('12500'), { ok: true, value: 1_250_000 });
    assert.deepEqual(parseEuroCents('1250,5'), { ok: true, value: 125_050 });
    assert.deepEqual(parseEuroCents('12.50'), { ok: true, value: 1250 });
    assert.deepEqual(parseEuroCents('-5'), { ok: false, error: 'negative' });
    assert.deepEqual(parseEuroCents('veel'), { ok: false, error: 'notANumber' });
    assert.equal(formatEuro(1_250_000), '€ 12.500,00');
    assert.equal(formatEuro(5), '€ 0,05');
    assert.equal(formatEuro(123_456_789), '€ 1.234.567,89');
  });
  it('splits an amount over shares exactly', () => {
    assert.deepEqual(splitCents(100, [3333, 3333, 3334]), [33, 33, 34]);
    assert.deepEqual(splitCents(1_825_050, [5000, 2500]), [912_525, 456_262]);
    assert.equal(splitCents(1001, [5000, 5000]).reduce((a, b) => a + b, 0), 1001);
  });
  it('reads hours, shares, periods and decisions, and refuses bad ones', () => {
    assert.deepEqual(parseHundredths('0,2'), { ok: true, value: 20 });
    assert.equal(parseHundredths('-1').ok, false);
    assert.deepEqual(parseFunders('Gemeente 62,5%, Politie 37,5%'), { ok: true, value: [{ name: 'Gemeente', share: 6250 }, { name: 'Politie', share: 3750 }] });
    assert.deepEqual(parseFunders('Gemeente 70%, Politie 40%'), { ok: false, error: { kind: 'sharesOver100' } });
    assert.deepEqual(parsePeriod('01-03-2027 t/m 01-02-2027'), { ok: false, error: { kind: 'endBeforeStart' } });
    assert.deepEqual(parseOutcome('akkoord onder voorwaarden'), { ok: false, error: { kind: 'conditionsMissing' } });
    assert.deepEqual(parseOutcome('Niet akkoord'), { ok: true, value: { outcome: 'nietAkkoord', conditions: '' } });
  });
});

describe('step 5 cards', () => {
  const renderer = loadCardRenderer(cardsDirectory());
  const validate = createCardValidator();
  for (const shared of [nl, en]) {
    it(`renders the four overviews valid and within 40 KB (${shared.locale})`, () => {
      const cards = planViews(executionCatalog(shared), samplePlan(project)).map((v) => renderer.render(EXECUTION_OVERVIEW_CARD, v));
      assert.equal(cards.length, 4);
      for (const card of cards) {
        assert.deepEqual(validate(card), []);
        assert.ok(Buffer.byteLength(JSON.stringify(card)) <= 40 * 1024);
      }
      if (shared.locale === 'nl') {
        const costs = cardText(cards[1] ?? {});
        assert.match(costs, /4\. Ambulant jongerenwerk: € 18\.250,50 \| Gemeente \(50%\): € 9\.125,25 \| Politie \(25%\): € 4\.562,62 \| Nog niet gefinancierd: € 4\.562,63/);
        assert.match(costs, /Totale kosten: € 34\.750,50 \| Nog niet gefinancierd: € 4\.562,63 \| Kosten nog onbekend bij maatregel 3, 5/);
        assert.match(cardText(cards[2] ?? {}), /Politie: 11,6 uur per week \(0,32 fte\)/);
        assert.match(cardText(cards[3] ?? {}), /Gemeente: akkoord onder voorwaarden \(1 februari 2027\) \| Voorwaarden: evaluatie na een half jaar/);
      }
    });
  }
  it('splits a long matrix over several cards, each within 40 KB', () => {
    const plan = samplePlan(project);
    const many = Array.from({ length: 300 }, (_, i) => ({ ...plan.work.measures[0]!, id: `m${i + 1}`, number: i + 1, how: 'x'.repeat(300) }));
    const cards = planViews(executionCatalog(nl), { ...plan, work: { ...plan.work, measures: many } }).map((v) => renderer.render(EXECUTION_OVERVIEW_CARD, v));
    assert.ok(cards.length > 4);
    for (const card of cards) assert.ok(Buffer.byteLength(JSON.stringify(card)) <= 40 * 1024);
  });
});
