import assert from 'node:assert/strict';
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
import { toMeasureFormView, typedFrom } from '../../src/steps/3-measures/views/measure-form.view';
import { renderMeasureList } from '../../src/steps/3-measures/views/measure-list.cards';
import { toMyMeasuresView } from '../../src/steps/3-measures/views/my-measures.view';
import { createCardValidator } from '../harness/card-schema';

/** Card tests for the templates of steps 3 and 4: each rendered, valid Adaptive Cards 1.5, within 40 KB. */
const renderer = loadCardRenderer(cardsDirectory());
const validate = createCardValidator();
const rendered = new Set<string>();
const NOW = '2026-12-08T09:00:00.000Z';
const FOLDERS = ['steps/3-measures'];

function render(name: string, view: object): AdaptiveCardJson {
  const card = renderer.render(name, view);
  rendered.add(name);
  assert.deepEqual(validate(card), [], `${name} card is not valid`);
  return card;
}
type Node = Record<string, unknown>;
function all(node: unknown, match: (n: Node) => boolean, found: Node[] = []): Node[] {
  if (Array.isArray(node)) for (const n of node) all(n, match, found);
  else if (node && typeof node === 'object') {
    if (match(node as Node)) found.push(node as Node);
    for (const v of Object.values(node)) all(v, match, found);
  }
  return found;
}
const texts = (card: unknown): string[] => all(card, (n) => n.type === 'TextBlock').map((n) => String(n.text));
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
      assert.ok(texts(open).some((x) => x.includes('Winkelgebied \\[met \\*sterretjes\\*\\]')), 'a typed name is no markup');
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
      assert.equal(texts(summary)[0], t.measureList.summaryTitle('Overlast \\*Stationsplein\\*'));
      const facts = all(summary, (n) => 'title' in n && 'value' in n && !('type' in n)).map((f) => `${String(f.title)}=${String(f.value)}`);
      assert.equal(facts.length, 3);
      assert.match(facts[2] ?? '', /=Organisatie 3, Organisatie 4$/);
      assert.ok(texts(summary).includes(t.measureList.gapLine('2. Winkelgebied \\[met \\*sterretjes\\*\\]', t.measureList.gaps.noMeasure)));
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

describe('step 3 and 4 card templates', () => {
  it('every template in their folders was rendered above', () => {
    const names = FOLDERS.flatMap((folder) => readdirSync(join(cardsDirectory(), folder)).filter((f) => f.endsWith('.json')).map((f) => basename(f, '.json')));
    assert.deepEqual([...rendered].sort(), names.sort());
  });
});
