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
import { samplePlan, sampleProgress, sampleTable } from '../tools/card-samples-steps-5-6';
import { evaluationCatalog } from '../../src/steps/6-evaluation/i18n/catalog';
import { EVALUATION_OVERVIEW_CARD, progressView, tableView } from '../../src/steps/6-evaluation/views/evaluation.view';
import type { AppDeps } from '../../src/kernel/deps';
import type { JobRequest, ScheduledJob } from '../../src/platform/scheduler/job';
import { monitoringJobHandlers } from '../../src/steps/6-evaluation/jobs/monitoring-reminders';
import { coveredDueDates, missingDueDates, progressPercent, remindersBetween } from '../../src/steps/6-evaluation/domain/progress';

const project = newProject({ id: 'p1', channel: { tenantId: 't', teamId: 'team', channelId: 'c', serviceUrl: 'https://s' } as never, leader: { tenantId: 't', aadObjectId: 'a', name: 'Marieke de Vries' } as never, now: new Date('2027-01-01T00:00:00Z') });

describe('step 5 amounts', () => {
  it('reads euros the Dutch way in whole cents and shows them so', () => {
    assert.deepEqual(parseEuroCents('€ 12.500,00'), { ok: true, value: 1_250_000 });
    assert.deepEqual(parseEuroCents('12500'), { ok: true, value: 1_250_000 });
    assert.deepEqual(parseEuroCents('1250,5'), { ok: true, value: 125_050 });
    assert.deepEqual(parseEuroCents('12.50'), { ok: true, value: 1250 });
    assert.deepEqual(parseEuroCents('12,500.00'), { ok: true, value: 1_250_000 }, 'the English way, when it cannot be misread');
    assert.deepEqual(parseEuroCents('1,234,567.89'), { ok: true, value: 123_456_789 });
    assert.deepEqual(parseEuroCents('12,500'), { ok: false, error: 'notANumber' }, '12,5 or 12500: too easily misread, so refused');
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

describe('step 6', () => {
  const renderer = loadCardRenderer(cardsDirectory());
  const validate = createCardValidator();
  it('reminds of the days since the last check: due on the date, overdue a week later, only overdue when both were missed', () => {
    const due = ['2027-04-01', '2027-07-01', '2027-09-30'];
    assert.deepEqual(remindersBetween(due, [], '2027-03-31', '2027-04-01'), [{ date: '2027-04-01', kind: 'due' }]);
    assert.deepEqual(remindersBetween(due, [], '2027-04-01', '2027-04-07'), [], 'nothing between the date and a week later');
    assert.deepEqual(remindersBetween(due, [], '2027-04-07', '2027-04-08'), [{ date: '2027-04-01', kind: 'overdue' }]);
    assert.deepEqual(remindersBetween(due, [], '2027-04-08', '2027-07-15'), [{ date: '2027-07-01', kind: 'overdue' }], 'caught up: only the second reminder');
    assert.deepEqual(remindersBetween(due, ['2027-04-03', '2027-06-28'], '2027-04-08', '2027-07-15'), [], 'an entry a few days early covers the date');
    assert.deepEqual(remindersBetween(due, [], '2027-09-30', '2027-09-30'), [], 'the check of the day itself ran already');
  });

  it('a reminder job of the earlier kind starts the morning checks with that morning\'s', async () => {
    const scheduled: JobRequest[] = [];
    const deps = { jobs: { schedule: async (request: JobRequest) => void scheduled.push(request), cancel: async () => undefined } } as unknown as AppDeps;
    const handlers = monitoringJobHandlers({ deps, cards: loadCardRenderer(cardsDirectory()), enqueue: async () => undefined });
    const job = { id: 'monitoring-due:p1:a1:2027-03-31', kind: 'monitoringDue', payload: { projectId: 'p1', agreementId: 'a1', date: '2027-03-31' } } as unknown as ScheduledJob;
    await handlers.monitoringDue?.(job, new Date('2027-03-31T07:00:05Z'));
    assert.deepEqual(scheduled.map((r) => [r.id, r.kind, r.dueAt.toISOString(), r.payload]), [
      ['monitoring-check:p1:2027-03-31', 'monitoringCheck', '2027-03-31T07:00:00.000Z', { projectId: 'p1', since: '2027-03-30' }],
    ]);
    assert.equal(typeof handlers.monitoringOverdue, 'function', 'the overdue kind too');
  });

  it('matches entries to due dates: a week early counts, a late one makes up for the oldest missing', () => {
    const due = ['2027-03-31', '2027-06-30', '2027-09-30'];
    assert.deepEqual([...coveredDueDates(due, ['2027-03-25', '2027-06-01'])], ['2027-03-31']);
    assert.deepEqual([...coveredDueDates(due, ['2027-04-05', '2027-06-25'])], ['2027-03-31', '2027-06-30']);
    assert.deepEqual(missingDueDates(due, ['2027-05-09'], '2027-07-10'), ['2027-06-30']);
    assert.equal(progressPercent('38', '20', '26'), 67);
    assert.equal(progressPercent('15', '40', 'veel'), undefined);
  });
  for (const shared of [nl, en]) {
    it(`renders progress and the evaluation table valid and within 40 KB (${shared.locale})`, () => {
      const t = evaluationCatalog(shared);
      const cards = [progressView(t, sampleProgress(project)), tableView(t, sampleTable(project))].map((v) => renderer.render(EVALUATION_OVERVIEW_CARD, v));
      for (const card of cards) {
        assert.deepEqual(validate(card), []);
        assert.ok(Buffer.byteLength(JSON.stringify(card)) <= 40 * 1024);
      }
      if (shared.locale === 'nl') {
        assert.match(cardText(cards[0] ?? {}), /Laatst gemeten: 30 op 31 maart 2027 \(44% van de weg naar de streefwaarde\) \| 31 maart 2027: 30 \(Rachid El Amrani\) — na de extra surveillance \| Ontbreekt van Rachid El Amrani: 30 juni 2027/);
        assert.match(cardText(cards[1] ?? {}), /Doel 2: Minder winkeldiefstal in de winkelstraat \| Niet bereikt — gemeten: Aangiften per maand: 21 \| Niet tevreden — Zakkenrollerij bleef \| Doel 3: Jongeren hebben een eigen plek \| Nog niet geëvalueerd\. \| 1 van 3 doelen bereikt\./);
      }
    });
  }
});
