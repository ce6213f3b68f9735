import assert from 'node:assert/strict';
import { cardNodes, type CardNode } from '../harness/card-nodes';
import { shownText } from '../harness/shown-text';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { loadCardRenderer, MAX_CARD_BYTES, type AdaptiveCardJson } from '../../src/platform/cards/card-renderer';
import { cardsDirectory } from '../../src/platform/cards/paths';
import { newProject } from '../../src/project/domain/project';
import type { MyMeasures } from '../../src/steps/3-measures/app/own-measures';
import type { Measure, NoMeasure } from '../../src/steps/3-measures/domain/measure';
import { measureOverview, type PriorityProblem } from '../../src/steps/3-measures/domain/overview';
import { measureCatalog } from '../../src/steps/3-measures/i18n/catalog';
import { typedFrom } from '../../src/steps/3-measures/domain/measure';
import { toMeasureFormView } from '../../src/steps/3-measures/views/measure-form.view';
import { renderMeasureList } from '../../src/steps/3-measures/views/measure-list.cards';
import { toMyMeasuresView } from '../../src/steps/3-measures/views/my-measures.view';
import type { AssessmentOverview } from '../../src/steps/4-goals/app/assessment';
import type { MonitoringOverview } from '../../src/steps/4-goals/app/monitoring';
import type { Assessment } from '../../src/steps/4-goals/domain/assessment';
import type { Goal } from '../../src/steps/4-goals/domain/goal';
import { initialGoalsWork } from '../../src/steps/4-goals/domain/goals-work';
import type { MonitoringAgreement } from '../../src/steps/4-goals/domain/monitoring';
import { goalCatalog } from '../../src/steps/4-goals/i18n/catalog';
import { toAssessmentFormView } from '../../src/steps/4-goals/views/assessment-form.view';
import { toAssessmentViews } from '../../src/steps/4-goals/views/assessment.view';
import { toGoalFormView } from '../../src/steps/4-goals/views/goal-form.view';
import { toGoalListViews } from '../../src/steps/4-goals/views/goal-list.view';
import { toMonitoringFormView } from '../../src/steps/4-goals/views/monitoring-form.view';
import { toMonitoringViews } from '../../src/steps/4-goals/views/monitoring.view';
import { addParticipants, setOrganisation } from '../../src/project/domain/participants';
import { createCardValidator } from '../harness/card-schema';

/** Card tests for the templates of steps 3 and 4: each rendered, valid Adaptive Cards 1.5, within 40 KB. */
const renderer = loadCardRenderer(cardsDirectory());
const validate = createCardValidator();
const rendered = new Set<string>();
const NOW = '2026-12-08T09:00:00.000Z';
const FOLDERS = ['steps/3-measures', 'steps/4-goals'];

function render(name: string, view: object): AdaptiveCardJson {
  const card = renderer.render(name, view);
  rendered.add(name);
  assert.deepEqual(validate(card), [], `${name} card is not valid`);
  return card;
}
type Node = CardNode;
const all = (node: unknown, match: (n: Node) => boolean): Node[] => cardNodes(node).filter(match);
const texts = (card: unknown): string[] => all(card, (n) => n.type === 'TextBlock').map((n) => shownText(String(n.text)));
const byId = (card: unknown, id: string): Node => all(card, (n) => n.id === id)[0] ?? assert.fail(`no input ${id}`);
const verbs = (card: unknown): string[] => all(card, (n) => n.type === 'Action.Execute').map((n) => String(n.verb));

const PROBLEMS: PriorityProblem[] = [
  { id: 'cluster-1', name: 'Openbare orde', rank: 1 },
  { id: 'cluster-3', name: 'Winkelgebied [met *sterretjes*]', rank: 2 },
  { id: 'cluster-2', name: 'Jongeren', rank: 3 },
];
const project = newProject({
  id: 'project-1', channel: { tenantId: 't', teamId: 'team', channelId: 'c', conversationId: 'c', serviceUrl: 'https://smba.example' },
  leader: { tenantId: 't', aadObjectId: 'leader', name: 'Marieke de Vries' }, now: new Date(NOW),
});

function measure(n: number, over: Partial<Measure> = {}): Measure {
  return {
    type: 'entry', kind: 'measure', id: `measure-${n}`, projectId: 'project-1', step: 3, author: `t:p${n % 4}`, organisation: `Organisatie ${n % 4}`,
    createdAt: NOW, updatedAt: NOW, problemId: PROBLEMS[n % 3]?.id ?? 'cluster-1', description: `Maatregel ${n}: ${'surveillance en toezicht '.repeat(4)}`,
    targets: ['daders', 'gebied'], measureKind: 'preventief', ...over,
  };
}
const nothingFor = (author: string, problemId: string): NoMeasure => ({
  type: 'entry', kind: 'noMeasure', id: `no-${author}-${problemId}`, projectId: 'project-1', step: 3, author, organisation: null, createdAt: NOW, updatedAt: NOW, problemId,
});
const people = [0, 1, 2, 3, 4].map((n) => ({ key: `t:p${n}`, organisation: `Organisatie ${n}` }));

for (const [lang, t] of [['nl', measureCatalog(nl)], ['en', measureCatalog(en)]] as const) {
  describe(`step 3 cards in ${lang}`, () => {
    it('measure form: organisation prefilled, soort multi-select, type with the manual’s explanations, criteria, navigation without inputs', () => {
      const criteria = [{ id: 'c1', name: 'Looptijd', values: ['tijdelijk', 'structureel'] }];
      const card = render('measure-form', toMeasureFormView(t, { projectId: 'project-1', problem: PROBLEMS[0] as PriorityProblem, criteria, typed: { organisation: 'Politie' } }));
      assert.equal(byId(card, 'organisation').value, 'Politie');
      assert.equal(byId(card, 'targets').isMultiSelect, true);
      assert.deepEqual((byId(card, 'targets').choices as Node[]).map((c) => c.value), ['daders', 'groepen', 'slachtoffers', 'gebied']);
      const kinds = (byId(card, 'measureKind').choices as Node[]).map((c) => String(c.title));
      assert.equal(kinds.length, 3);
      assert.ok(kinds[0]?.includes(t.measures.kindExplanations.proactief));
      assert.ok(kinds[2]?.includes(t.measures.kindExplanations.repressief));
      assert.equal(byId(card, 'criterion-c1').isRequired, true);
      const mine = (card.actions as Node[]).find((a) => a.verb === 'measure.mine') ?? assert.fail('mine button');
      assert.equal(mine.associatedInputs, 'none');
      assert.equal((mine.fallback as Node).associatedInputs, 'none');
      assert.deepEqual((card.actions as Node[]).map((a) => (a.data as Node).projectId), ['project-1', 'project-1']);
    });

    it('measure form with errors, and prefilled for a change', () => {
      const card = render('measure-form', toMeasureFormView(t, {
        projectId: 'project-1', problem: PROBLEMS[1] as PriorityProblem, criteria: [], typed: { description: 'x'.repeat(600), targets: 'daders,buurt' },
        errors: [{ field: 'description', code: 'tooLong' }, { field: 'targets', code: 'notAllowed' }, { field: 'measureKind', code: 'required' }, { field: 'organisation', code: 'required' }],
      }));
      const red = all(card, (n) => n.color === 'Attention').map((n) => n.text);
      assert.deepEqual(red, [t.measures.errors.summary, t.measures.errors.tooLong(500), t.measures.errors.required, t.measures.errors.notAllowed, t.measures.errors.required]);
      assert.equal(String(byId(card, 'description').value).length, 500);
      assert.equal(byId(card, 'targets').value, 'daders');
      const edit = render('measure-form', toMeasureFormView(t, { projectId: 'project-1', problem: PROBLEMS[0] as PriorityProblem, criteria: [], typed: typedFrom(measure(3)), measureId: 'measure-3' }));
      assert.equal(texts(edit)[0], t.measures.editTitle('Openbare orde'));
      assert.equal(byId(edit, 'targets').value, 'daders,gebied');
      assert.equal(byId(edit, 'measureKind').value, 'preventief');
      assert.equal(((edit.actions as Node[])[0]?.data as Node).measureId, 'measure-3');
    });

    it('my measures: own measures per problem with their buttons, "niets", closed without buttons', () => {
      const mine: MyMeasures = {
        kind: 'myMeasures', project, problems: PROBLEMS, measures: [measure(3), measure(6)], nothing: [nothingFor('t:p0', 'cluster-3')],
        criteria: [], editable: true, step: { number: 3, status: 'open', deadline: NOW, meetingAt: null, history: [] },
      };
      const open = render('my-measures', toMyMeasuresView(t, mine, 'deadline'));
      assert.deepEqual(verbs(open), ['measure.edit', 'measure.delete', 'measure.edit', 'measure.delete', 'measure.form', 'measure.form', 'measure.form', 'measure.nothing']);
      assert.ok(texts(open).includes(t.measures.saidNothing));
      assert.ok(texts(open).some((x) => x.includes('Winkelgebied [met *sterretjes*]')), 'a typed name is no markup');
      const closed = render('my-measures', toMyMeasuresView(t, { ...mine, editable: false }, ''));
      assert.deepEqual(verbs(closed), []);
      assert.ok(texts(closed).includes(t.measures.mineClosed));
    });

    it('my measures: 60 long measures go over pages within 40 KB, each with its navigation', () => {
      const many = Array.from({ length: 60 }, (_, n) => measure(n, { author: 't:me', description: `Maatregel ${n} ${'ö'.repeat(490)}` }));
      const mine: MyMeasures = { kind: 'myMeasures', project, problems: PROBLEMS, measures: many, nothing: [], criteria: [], editable: true, step: { number: 3, status: 'open', deadline: NOW, meetingAt: null, history: [] } };
      const first = toMyMeasuresView(t, mine, '', 0);
      assert.ok(first.hasNext && !first.hasPrevious && first.pageLine !== '');
      let page = 0;
      let seen = 0;
      for (let view = first; ; view = toMyMeasuresView(t, mine, '', ++page)) {
        const card = render('my-measures', view);
        assert.ok(JSON.stringify(card).length <= MAX_CARD_BYTES);
        seen += view.sections.reduce((sum, s) => sum + s.rows.length, 0);
        if (!view.hasNext) break;
      }
      assert.equal(seen, 60);
      assert.ok(page >= 2);
    });

    it('overview: summary with counts, silent organisations and gaps; per problem measures, "niets" and not answered', () => {
      const measures = [measure(0, { problemId: 'cluster-1', targets: ['slachtoffers'], measureKind: 'repressief' }), measure(1, { problemId: 'cluster-1', targets: ['daders', 'gebied'], measureKind: 'preventief' })];
      const overview = measureOverview(PROBLEMS, measures, [nothingFor('t:p2', 'cluster-3')], people);
      const [summary, page, ...more] = renderMeasureList(renderer, t, 'Overlast *Stationsplein*', overview, []);
      rendered.add('measure-summary');
      rendered.add('measure-page');
      assert.equal(more.length, 0);
      for (const card of [summary, page]) assert.deepEqual(validate(card), []);
      assert.equal(texts(summary)[0], t.measureList.summaryTitle('Overlast *Stationsplein*'));
      const facts = all(summary, (n) => 'title' in n && 'value' in n && !('type' in n)).map((f) => `${String(f.title)}=${String(f.value)}`);
      assert.equal(facts.length, 3);
      assert.match(facts[2] ?? '', /=Organisatie 3, Organisatie 4$/);
      assert.ok(texts(summary).includes(t.measureList.gapLine('2. Winkelgebied [met *sterretjes*]', t.measureList.gaps.noMeasure)));
      const pageTexts = texts(page);
      assert.ok(pageTexts.includes(t.measureList.nothingLine('Organisatie 2')));
      assert.ok(pageTexts.includes(t.measureList.gapsLine(t.measureList.gaps.noMeasure)));
      assert.equal(pageTexts.filter((x) => x === t.measureList.gapsLine(t.measureList.gaps.noMeasure)).length, 2, 'Openbare orde has no gap, the other two no measure');
      assert.ok(pageTexts.includes(t.measureList.notAnsweredLine('Organisatie 2, Organisatie 3, Organisatie 4')));
    });

    it('overview without a list, and without measures', () => {
      const [none, ...pages] = renderMeasureList(renderer, t, 'P', measureOverview([], [], [], people), []);
      assert.equal(pages.length, 0);
      assert.ok(texts(none).includes(t.measureList.noList));
      const [empty] = renderMeasureList(renderer, t, 'P', measureOverview(PROBLEMS, [], [], people), []);
      assert.ok(texts(empty).includes(t.measureList.none));
      assert.deepEqual(validate(empty), []);
    });

    it('overview of 400 long measures: pages within 40 KB, in order, every measure once', () => {
      const many = Array.from({ length: 400 }, (_, n) => measure(n, { description: `M${n} ${'€'.repeat(480)}` }));
      const cards = renderMeasureList(renderer, t, 'P', measureOverview(PROBLEMS, many, [], people), []);
      assert.ok(cards.length > 5);
      for (const card of cards) assert.deepEqual(validate(card), []);
      const shown = cards.flatMap(texts).filter((x) => /^M\d+ /.test(x)).map((x) => Number(/^M(\d+)/.exec(x)?.[1]));
      assert.equal(shown.length, 400);
      assert.equal(new Set(shown).size, 400);
      const suffix = t.measureList.continued('X').slice(1);
      assert.ok(cards.slice(2).some((card) => texts(card).some((x) => x.endsWith(suffix))), 'a long problem continues on the next card');
    });
  });
}

const withPeople = (() => {
  const added = addParticipants(project, [{ tenantId: 't', aadObjectId: 'police', name: 'Rachid El Amrani' }, { tenantId: 't', aadObjectId: 'youth', name: 'Kevin Bakker' }], 't:leader', new Date(NOW)).project;
  const organised = setOrganisation(added, 't:police', 'Politie', new Date(NOW));
  assert.ok(organised.ok);
  return organised.value;
})();
const goal = (n: number, over: Partial<Goal> = {}): Goal => ({
  type: 'entry', kind: 'goal', id: `goal-${n}`, projectId: 'project-1', step: 4, author: 't:leader', organisation: null, createdAt: NOW, updatedAt: NOW,
  what: `Doel nummer ${n}: ${'minder overlast '.repeat(25)}`.slice(0, 500), indicator: 'Meldingen per kwartaal', startValue: '38', targetValue: '20',
  measuredBy: 'Politie'.repeat(40), carriedBy: 'Gemeente, politie en NS'.repeat(10), whyRealistic: 'Elders gelukt. '.repeat(30), targetDate: '2027-12-31', problemIds: ['cluster-1', 'cluster-2'], ...over,
});
const agreement = (n: number, goalId: string, schedule: MonitoringAgreement['schedule']): MonitoringAgreement => ({
  id: `monitoring-${n}`, goalId, participantKey: 't:police', participantName: 'Rachid El Amrani', what: `gegevens ${n}`, schedule, createdAt: NOW,
});

for (const [lang, t] of [['nl', goalCatalog(nl)], ['en', goalCatalog(en)]] as const) {
  describe(`step 4 cards in ${lang}`, () => {
    it('goal form: a field for every part of SMART, a date picker, the problems; refused with the elements named', () => {
      const empty = render('goal-form', toGoalFormView(t, 'project-1', PROBLEMS));
      assert.deepEqual(all(empty, (n) => typeof n.type === 'string' && n.type.startsWith('Input.')).map((n) => n.id),
        ['what', 'indicator', 'startValue', 'targetValue', 'measuredBy', 'carriedBy', 'whyRealistic', 'targetDate', 'problemIds']);
      assert.equal(byId(empty, 'what').isMultiline, true);
      assert.equal(byId(empty, 'indicator').isMultiline, false);
      assert.equal(byId(empty, 'problemIds').isMultiSelect, true);
      assert.equal((empty.actions as Node[])[1]?.associatedInputs, 'none');
      const refused = render('goal-form', toGoalFormView(t, 'project-1', PROBLEMS, { what: 'x', targetDate: 'morgen', problemIds: 'cluster-2' }, [
        { field: 'targetValue', code: 'required' }, { field: 'targetDate', code: 'unreadableDate' },
      ]));
      assert.equal(all(refused, (n) => n.color === 'Attention')[0]?.text, t.goals.refusedMany(`${t.goals.elements.meetbaar}${t.goals.and}${t.goals.elements.tijdgebonden}`));
      assert.equal(byId(refused, 'targetDate').value, '', 'an unreadable date is not put in a date picker');
      assert.equal(byId(refused, 'problemIds').value, 'cluster-2');
    });

    it('goal list: none yet; many long goals over cards within 40 KB, the add button on the last card only', () => {
      const [none, ...nothing] = toGoalListViews(t, withPeople, PROBLEMS, [], true);
      assert.equal(nothing.length, 0);
      assert.ok(texts(render('goal-list', none ?? assert.fail('a card'))).includes(t.goals.none));
      const views = toGoalListViews(t, withPeople, PROBLEMS, Array.from({ length: 30 }, (_, n) => goal(n)), true);
      assert.ok(views.length >= 2);
      const cards = views.map((v) => render('goal-list', v));
      assert.deepEqual(cards.map((c) => verbs(c)), [...views.slice(1).map(() => []), ['goals.form']]);
      assert.equal(views.flatMap((v) => v.goals).length, 30);
      const participantView = toGoalListViews(t, withPeople, PROBLEMS, [goal(1)], false);
      assert.deepEqual(verbs(render('goal-list', participantView[0] ?? assert.fail('card'))), []);
    });

    it('assessment: per problem counts, gaps, judgement and extra measures; buttons for the leader only', () => {
      const assessed: Assessment = {
        problemId: 'cluster-1', judgement: 'meerNodig', note: 'Slachtoffers *vergeten*', decidedAt: NOW, decidedByName: 'Marieke',
        extraMeasures: [{ id: 'x1', description: 'Slachtofferhulp', ownerKey: 't:police', ownerName: 'Rachid El Amrani', organisation: 'Politie' }],
      };
      const overview: AssessmentOverview = {
        kind: 'assessment', project: withPeople, problems: PROBLEMS, measures: measureOverview(PROBLEMS, [measure(0, { problemId: 'cluster-1' })], [], people),
        work: { ...initialGoalsWork(withPeople), assessments: [assessed], newParticipants: { needed: true, note: 'straatcoaches', registered: ['Sanne de Boer'], decidedAt: NOW } },
        isLeader: true, open: true,
      };
      const [view, ...more] = toAssessmentViews(t, overview);
      assert.equal(more.length, 0);
      const card = render('assessment', view ?? assert.fail('card'));
      assert.deepEqual(verbs(card), ['goals.assess', 'goals.assess', 'goals.assess']);
      const lines = texts(card);
      assert.ok(lines.includes(`${t.assessment.judgementLine(t.assessment.judgements.meerNodig)} — Slachtoffers *vergeten*`));
      assert.ok(lines.includes(t.assessment.extraLine('Slachtofferhulp', 'Rachid El Amrani, Politie')));
      assert.ok(lines.includes(t.assessment.registeredLine('Sanne de Boer')));
      assert.equal(lines.filter((x) => x === t.assessment.notAssessed).length, 2);
      const seen = render('assessment', toAssessmentViews(t, { ...overview, isLeader: false })[0] ?? assert.fail('card'));
      assert.deepEqual(verbs(seen), []);
      assert.ok(!texts(seen).includes(t.assessment.newParticipantsHint));
    });

    it('assessment form: judgement, note, the extra measures with delete, and who: a participant or an organisation', () => {
      const assessment: Assessment = {
        problemId: 'cluster-1', judgement: 'meerNodig', note: '', decidedAt: NOW, decidedByName: 'M',
        extraMeasures: [{ id: 'x1', description: 'A', ownerKey: null, ownerName: null, organisation: 'Straatcoaches' }],
      };
      const card = render('assessment-form', toAssessmentFormView(t, withPeople, PROBLEMS[0] as PriorityProblem, assessment, { refusal: t.assessment.refusals.moreNeedsExtra, typed: { owner: 't:police' } }));
      assert.equal(byId(card, 'judgement').value, 'meerNodig');
      assert.equal(byId(card, 'owner').value, 't:police');
      assert.deepEqual((byId(card, 'owner').choices as Node[]).map((c) => c.title), ['Marieke de Vries', 'Rachid El Amrani (Politie)', 'Kevin Bakker']);
      const remove = all(card, (n) => n.verb === 'goals.extra.delete')[0] ?? assert.fail('delete button');
      assert.deepEqual([remove.associatedInputs, (remove.data as Node).extraId, (remove.data as Node).problemId], ['none', 'x1', 'cluster-1']);
      assert.ok(texts(card).includes(t.assessment.refusals.moreNeedsExtra));
      const fresh = render('assessment-form', toAssessmentFormView(t, withPeople, PROBLEMS[2] as PriorityProblem, undefined));
      assert.equal(all(fresh, (n) => n.verb === 'goals.extra.delete').length, 0);
      assert.equal(byId(fresh, 'owner').value, '');
    });

    it('monitoring: per goal the agreements with their schedule; remove and add for the leader only', () => {
      const goals = [goal(1, { what: 'Minder intimidatie' }), goal(2, { what: 'Minder diefstal' })];
      const overview: MonitoringOverview = {
        kind: 'monitoring', project: withPeople, goals, isLeader: true, open: true,
        agreements: [agreement(1, 'goal-1', { kind: 'every', interval: 'month', from: '2027-02-01' }), agreement(2, 'goal-1', { kind: 'dates', dates: ['2027-04-01', '2027-07-01'] })],
      };
      const card = render('monitoring', toMonitoringViews(t, overview)[0] ?? assert.fail('card'));
      assert.deepEqual(verbs(card), ['goals.monitoring.delete', 'goals.monitoring.delete', 'goals.monitoring.form']);
      const lines = texts(card);
      const rachid = lines.filter((x) => x.startsWith('Rachid El Amrani'));
      assert.equal(rachid.length, 2);
      assert.ok(rachid[0]?.includes(t.monitoring.frequencies.month) && rachid[0].includes('(11 '), 'monthly from February up to the goal date: 11 times');
      assert.ok(rachid[1]?.includes(t.monitoring.onDates('').trim()));
      assert.ok(lines.includes(t.monitoring.noAgreement), 'goal 2 has none');
      const seen = render('monitoring', toMonitoringViews(t, { ...overview, isLeader: false })[0] ?? assert.fail('card'));
      assert.deepEqual(verbs(seen), []);
      const noGoals = render('monitoring', toMonitoringViews(t, { ...overview, goals: [], agreements: [] })[0] ?? assert.fail('card'));
      assert.ok(texts(noGoals).includes(t.monitoring.noGoals));
      assert.deepEqual(verbs(noGoals), []);
    });

    it('monitoring form: goal, participant, what, how often, from or dates; errors beside the fields', () => {
      const goals = [goal(1, { what: 'Minder intimidatie' })];
      const card = render('monitoring-form', toMonitoringFormView(t, withPeople, goals, { goalId: 'goal-1', participant: 't:nobody', frequency: 'dates', dates: '1-4-2027' }, [
        { field: 'dates', code: 'afterGoal' }, { field: 'participant', code: 'required' },
      ]));
      assert.equal(byId(card, 'goalId').value, 'goal-1');
      assert.equal(byId(card, 'participant').value, '', 'someone not in the project is not preselected');
      assert.equal(byId(card, 'frequency').value, 'dates');
      assert.deepEqual((byId(card, 'frequency').choices as Node[]).map((c) => c.value), ['week', 'twoWeeks', 'month', 'quarter', 'dates']);
      assert.deepEqual(all(card, (n) => n.color === 'Attention').map((n) => n.text), [t.monitoring.errors.summary, t.monitoring.errors.required, t.monitoring.errors.afterGoal]);
      assert.equal((card.actions as Node[])[1]?.associatedInputs, 'none');
    });
  });
}

describe('step 3 and 4 card templates', () => {
  it('every template in their folders was rendered above', () => {
    const names = FOLDERS.flatMap((folder) => readdirSync(join(cardsDirectory(), folder)).filter((f) => f.endsWith('.json')).map((f) => basename(f, '.json')));
    assert.deepEqual([...rendered].sort(), names.sort());
  });
});
