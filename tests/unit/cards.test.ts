import { problemCatalog } from '../../src/steps/2-problems/i18n/catalog';
import { cardNodes, type CardNode } from '../harness/card-nodes';
import { PROBLEMS_MODULE } from '../../src/steps/2-problems';
import { ALL_COMMANDS } from '../../src/features';
import type { Meeting } from '../../src/engine/domain/meeting';
import { describe, it } from 'node:test';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { overviewOf } from '../../src/steps/2-problems/domain/prioritisation';
import type { Problem } from '../../src/steps/2-problems/domain/problem';
import { toProblemPageViews, toProblemSummaryView } from '../../src/steps/2-problems/views/problem-list.view';
import { toStepOpenedView } from '../../src/engine/views/step-opened.view';
import { toProblemFormView } from '../../src/steps/2-problems/views/problem-form.view';
import { toMyProblemsView } from '../../src/steps/2-problems/views/my-problems.view';
import { toStatusView } from '../../src/engine/views/status.view';
import assert from 'node:assert/strict';
import { shownText } from '../harness/shown-text';
import { loadCardRenderer, MAX_CARD_BYTES, type AdaptiveCardJson } from '../../src/platform/cards/card-renderer';
import { cardsDirectory } from '../../src/platform/cards/paths';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import type { Catalog } from '../../src/i18n';
import { newProject, type Project } from '../../src/project/domain/project';
import { addParticipants, setOrganisation } from '../../src/project/domain/participants';
import { personKey, type PersonInfo } from '../../src/kernel/person';
import { validateProfile, type ProfileFieldError } from '../../src/project/domain/profile';
import { newDocument, type ProjectDocument } from '../../src/project/domain/project-documents';
import { toWelcomeView } from '../../src/project/views/welcome.view';
import { escapeAngleBrackets } from '../../src/kernel/text';
import { toHelpView } from '../../src/project/views/help.view';
import { toProfileView } from '../../src/project/views/profile.view';
import { toProfileFormView } from '../../src/project/views/profile-form.view';
import { toParticipantsViews } from '../../src/project/views/participants.view';
import { toDocumentsViews } from '../../src/project/views/documents.view';
import { toOrganisationFormView } from '../../src/project/views/organisation-form.view';
import { toCloseConfirmView, toMeetingAgendaView, toPreMeetingView } from '../../src/engine/views/meeting.view';
import { toMeetingOutcomeView } from '../../src/engine/views/meeting-outcome.view';
import { closeMeeting, completeItem, currentMeeting, planMeeting, startMeeting } from '../../src/engine/domain/meetings';
import { agendaFor, agendaKeys } from '../harness/agenda';
import { applyStepCommand } from '../../src/kernel/step-machine';
import { earlierStepsDone } from '../harness/steps';
import { createCardValidator } from '../harness/card-schema';
import { castVote, closeRound, endorse, fixList, openRound } from '../../src/steps/2-problems/domain/priority-votes';
import { addCause, clusterProblems, emptyPrioritisation, recordDoei, type Prioritisation, type PriorityResult } from '../../src/steps/2-problems/domain/priority-work';
import { toClusterFormView, toClusterOverviewView, toDoeiFormView } from '../../src/steps/2-problems/views/prioritisation.view';
import { toPriorityListView, toVoteRoundView } from '../../src/steps/2-problems/views/prioritisation-vote.view';

const renderer = loadCardRenderer(cardsDirectory());
const ok = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => (r.ok ? r.value : assert.fail(String(r.error)));
const validate = createCardValidator();
const rendered = new Set<string>();
const NOW = new Date('2026-09-01T08:00:00Z');
const T = 'tenant-1';
const leader: PersonInfo = { tenantId: T, aadObjectId: 'aad-leader', name: 'Fatima el Amrani' };

function render(name: string, view: object): AdaptiveCardJson {
  const card = renderer.render(name, view);
  rendered.add(name);
  assert.deepEqual(validate(card), [], `${name} card is not valid`);
  return card;
}
type Node = CardNode;
const all = (node: unknown, match: (n: Node) => boolean): Node[] => cardNodes(node).filter(match);
const byId = (card: unknown, id: string): Node => {
  const [input] = all(card, (n) => n.id === id);
  assert.ok(input, `no input ${id}`);
  return input;
};
const texts = (card: unknown): string[] => all(card, (n) => n.type === 'TextBlock').map((n) => shownText(String(n.text)));
const people = (n: number): PersonInfo[] => Array.from({ length: n }, (_, i) => ({ tenantId: T, aadObjectId: `aad-${i}`, name: `Deelnemer ${String(i).padStart(3, '0')} van Oranje-Nassau` }));

function projectWith(count: number): Project {
  let p = newProject({ id: 'project-1', channel: { tenantId: T, teamId: 'team', channelId: 'c', conversationId: 'c', serviceUrl: 'https://smba.example' }, leader, now: NOW });
  const added = people(count).reverse();
  p = addParticipants(p, added, personKey(leader), NOW).project;
  added.forEach((person, i) => {
    const next = i % 2 === 0 ? setOrganisation(p, personKey(person), `Woningcorporatie ${'Ymere '.repeat(15)}`.trim(), NOW) : undefined;
    if (next?.ok) p = next.value;
  });
  const profile = validateProfile({ name: 'Overlast Stationsplein', commissioner: 'Burgemeester', startDate: '1-9-2026', plannedEndDate: '30 juni 2027', description: 'Samen de overlast aanpakken.' });
  assert.ok(profile.ok);
  return { ...p, profile: profile.value };
}
function documents(count: number, title: (i: number) => string, url: (i: number) => string): ProjectDocument[] {
  return Array.from({ length: count }, (_, i) => {
    const d = newDocument({ id: `d${i}`, projectId: 'project-1', source: 'link', title: title(i), url: url(i), addedBy: 'k', addedByName: 'Jan de Vries', now: NOW });
    assert.ok(d.ok, `document ${i}: ${d.ok ? '' : d.error}`);
    return d.value;
  });
}

for (const [lang, t] of [['nl', problemCatalog(nl)], ['en', problemCatalog(en)]] as const satisfies readonly (readonly [string, Catalog])[]) {
  describe(`cards in ${lang}`, () => {
    it('welcome', () => {
      assert.deepEqual(texts(render('welcome', toWelcomeView(t))), [t.welcome.title, t.welcome.intro, t.welcome.howToStart]);
    });

    it('help: the leader sees add participant, a participant does not, without a project only start', () => {
      const commands = (role: 'leader' | 'participant' | 'none'): string[] =>
        all(render('help', toHelpView(t, role, ALL_COMMANDS)), (n) => 'title' in n && 'value' in n).map((f) => shownText(String(f.title)));
      const word = (name: string): string => ALL_COMMANDS.find((c) => c.name === name)?.help[t.locale === 'en' ? 'en' : 'nl'][0] ?? assert.fail(name);
      assert.ok(commands('leader').includes(word('addParticipant')) && commands('leader').includes(word('removeParticipant')));
      assert.equal(commands('participant').includes(word('addParticipant')), false);
      assert.equal(commands('participant').includes(word('removeParticipant')), false);
      assert.ok(commands('participant').includes(word('documents')));
      assert.deepEqual(commands('none'), [word('newProject'), word('help')]);
    });

    it('profile form without errors: saved values, numeric maxLength, no error texts', () => {
      const card = render('profile-form', toProfileFormView(t, projectWith(0)));
      assert.equal(byId(card, 'name').value, 'Overlast Stationsplein');
      assert.equal(byId(card, 'plannedEndDate').value, '2027-06-30');
      assert.equal(byId(card, 'name').maxLength, 120);
      assert.equal(byId(card, 'description').maxLength, 2000);
      assert.equal(all(card, (n) => n.color === 'Attention').length, 0);
    });

    it('profile form with every kind of error next to its field', () => {
      const errors: ProfileFieldError[] = [
        { field: 'name', code: 'required' },
        { field: 'commissioner', code: 'tooLong', max: 160 },
        { field: 'startDate', code: 'unreadableDate' },
        { field: 'plannedEndDate', code: 'endBeforeStart' },
        { field: 'description', code: 'tooLong', max: 2000 },
      ];
      const typed = { name: '', commissioner: 'c'.repeat(170), startDate: 'gisteren', plannedEndDate: '2026-01-01', description: 'd'.repeat(2100) };
      const card = render('profile-form', toProfileFormView(t, projectWith(0), typed, errors));
      const e = t.profile.errors;
      assert.deepEqual(all(card, (n) => n.color === 'Attention').map((n) => n.text), [e.summary, e.required, e.tooLong(160), e.unreadableDate, e.endBeforeStart, e.tooLong(2000)]);
      assert.equal(String(byId(card, 'commissioner').value).length, 160);
      assert.equal(byId(card, 'startDate').value, 'gisteren');
    });

    it('profile: the leader has the edit action, a participant no actions', () => {
      const p = projectWith(2);
      const mine = render('profile', toProfileView(t, p, true, t.profile.saved));
      assert.deepEqual((mine.actions as Node[]).map((a) => [a.verb, (a.data as Node).projectId]), [['profile.edit', 'project-1']]);
      assert.ok(texts(mine).includes(t.profile.saved));
      const theirs = render('profile', toProfileView(t, p, false));
      assert.equal(((theirs.actions as Node[] | undefined) ?? []).length, 0);
      const empty = render('profile', toProfileView(t, { ...p, profile: null }, true));
      assert.ok(texts(empty).includes(t.profile.empty));
    });

    it('participants: 3 people on one card, leader first, isSubtle a boolean', () => {
      const [view, ...more] = toParticipantsViews(t, projectWith(2).participants);
      assert.ok(view);
      assert.equal(more.length, 0);
      const card = render('participants', view);
      const cells = all(card, (n) => n.type === 'TableRow').slice(1).map((r) => texts(r));
      assert.deepEqual(cells.map((c) => c[0]), [leader.name, 'Deelnemer 000 van Oranje-Nassau', 'Deelnemer 001 van Oranje-Nassau']);
      assert.deepEqual(cells[0], [leader.name, t.participants.unknownOrganisation, t.roles.leader]);
      assert.deepEqual(cells[2], ['Deelnemer 001 van Oranje-Nassau', `Woningcorporatie ${'Ymere '.repeat(15)}`.trim(), t.roles.participant]);
      assert.deepEqual(all(card, (n) => 'isSubtle' in n).map((n) => n.isSubtle), [true, true, false]);
    });

    it('participants: 300 people on several cards, each ≤ 40 KB, all in order', () => {
      const views = toParticipantsViews(t, projectWith(299).participants);
      assert.ok(views.length > 1);
      const names = views.flatMap((v) => {
        const card = render('participants', v);
        assert.ok(Buffer.byteLength(JSON.stringify(card)) <= MAX_CARD_BYTES);
        return all(card, (n) => n.type === 'TableRow').slice(1).map((r) => texts(r)[0]);
      });
      assert.deepEqual(names, [leader.name, ...people(299).map((p) => p.name)]);
      assert.equal(views[0]?.title, t.participants.pageTitle(1, views[0]?.rows.length ?? 0, 300));
    });

    it('documents: an empty list says so', () => {
      const views = toDocumentsViews(t, []);
      assert.equal(views.length, 1);
      const card = render('documents', views[0] ?? {});
      assert.deepEqual(texts(card), [t.documents.title, escapeAngleBrackets(t.documents.none)], 'the placeholders are escaped');
    });

    it('documents: 200 long titles and links on several cards ≤ 40 KB, all in order', () => {
      const docs = documents(200, (i) => `${String(i).padStart(3, '0')} ${'Verslag buurtschouw Stationsplein '.repeat(6)}`.slice(0, 200), (i) => `https://gemeente.sharepoint.com/sites/veiligheid/${'a'.repeat(1900)}/doc-${i}.pdf`);
      const views = toDocumentsViews(t, docs);
      assert.ok(views.length > 1);
      const urls = views.flatMap((v) => all(render('documents', v), (n) => n.type === 'Action.OpenUrl').map((a) => a.url));
      assert.deepEqual(urls, docs.map((d) => d.url));
    });

    it('step opened: step 2 invites problems with Execute and a Submit fallback, step 3 has no button', () => {
      const p = projectWith(2);
      const two = { number: 2 as const, status: 'open' as const, deadline: '2026-12-15T16:00:00.000Z', meetingAt: null, history: [] };
      const card = render('step-opened', toStepOpenedView(t, p.id, two, PROBLEMS_MODULE.stepCardButtons?.(t)));
      const [action] = all(card, (n) => n.type === 'Action.Execute');
      assert.equal(action?.verb, 'problem.form');
      assert.equal((action?.fallback as Node | undefined)?.type, 'Action.Submit');
      assert.ok(texts(card).some((x) => x.includes('17:00')), 'deadline shown in Amsterdam time');
      const three = render('step-opened', toStepOpenedView(t, p.id, { ...two, number: 3 }));
      assert.equal(all(three, (n) => n.type === 'Action.Execute').length, 0);
    });

    it('problem form: three typings as choice sets, errors beside the fields', () => {
      const plain = render('problem-form', toProblemFormView(t, 'project-1'));
      assert.deepEqual(all(plain, (n) => n.type === 'Input.ChoiceSet').map((n) => n.id), ['likelihood', 'consequences', 'priority']);
      assert.equal(byId(plain, 'description').maxLength, 500);
      const edit = render('problem-form', toProblemFormView(t, 'project-1', {}, [], '', { problemId: 'problem-1' }));
      for (const form of [plain, edit]) assert.ok(texts(form).some((x) => /individuele burgers|individual citizens/.test(x)), 'asks not to name citizens');
      const wrong = render('problem-form', toProblemFormView(t, 'project-1', { description: '', likelihood: 'vaak' }, [
        { field: 'description', code: 'required' },
        { field: 'likelihood', code: 'notAllowed' },
      ]));
      assert.ok(texts(wrong).includes(t.problems.errors.required));
      assert.ok(texts(wrong).includes(t.problems.errors.notAllowed));
    });

    it('problem form with extra criteria: a required choice set per criterion, prefilled for a change', () => {
      const criteria = [
        { id: 'a1b2c3', name: 'Tijdstip', values: ['overdag', 'avond', 'nacht'] },
        { id: 'd4e5f6', name: 'Plek', values: ['station', 'park'] },
      ];
      const form = render('problem-form', toProblemFormView(t, 'project-1', { description: 'Fietsen', extra: { a1b2c3: 'Avond' } }, [
        { field: 'extra', code: 'required', criterionId: 'd4e5f6' },
      ], '', { criteria, problemId: 'problem-1' }));
      const sets = all(form, (n) => n.type === 'Input.ChoiceSet');
      assert.deepEqual(sets.map((n) => n.id), ['likelihood', 'consequences', 'priority', 'criterion-a1b2c3', 'criterion-d4e5f6']);
      assert.equal(byId(form, 'criterion-a1b2c3').value, 'avond');
      assert.equal(byId(form, 'criterion-d4e5f6').isRequired, true);
      assert.ok(texts(form).includes(t.problems.errors.required));
      assert.ok(texts(form).includes(t.problems.editTitle));
      const [save, mine] = all(form, (n) => n.type === 'Action.Execute');
      assert.equal((save?.data as Node | undefined)?.problemId, 'problem-1');
      assert.equal(mine?.verb, 'problem.mine');
    });

    it('my problems: own entries with change and delete while open, none after; pages of at most 15', () => {
      const problem = (i: number): Problem => ({
        type: 'entry', kind: 'problem', id: `problem-${i}`, projectId: 'project-1', step: 2, number: i + 1, author: 'k', organisation: null,
        createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(), description: `${i} ${'Overlast bij het station '.repeat(20)}`.trim(),
        likelihood: 'hoog', consequences: 'beide', priority: 'laag', ...(i === 0 ? { extra: { c1: 'avond' } } : {}),
      });
      const criteria = [{ id: 'c1', name: 'Tijdstip', values: ['overdag', 'avond'] }];
      const open = render('my-problems', toMyProblemsView(t, { projectId: 'project-1', problems: [0, 1].map(problem), criteria, editable: true }));
      const verbs = all(open, (n) => n.type === 'Action.Execute').map((n) => n.verb);
      assert.deepEqual(verbs, ['problem.edit', 'problem.delete', 'problem.edit', 'problem.delete', 'problem.form']);
      assert.ok(texts(open).includes('Tijdstip: avond'));
      const closed = render('my-problems', toMyProblemsView(t, { projectId: 'project-1', problems: [0].map(problem), criteria, editable: false }));
      assert.equal(all(closed, (n) => n.type === 'Action.Execute').length, 0);
      assert.ok(texts(closed).includes(t.problems.mineClosed));
      const empty = render('my-problems', toMyProblemsView(t, { projectId: 'project-1', problems: [], criteria: [], editable: true }));
      assert.ok(texts(empty).includes(t.problems.mineEmpty));
      const many = Array.from({ length: 40 }, (_, i) => problem(i));
      const second = render('my-problems', toMyProblemsView(t, { projectId: 'project-1', problems: many, criteria, editable: true }, 1));
      assert.equal(all(second, (n) => n.type === 'Action.Execute' && n.verb === 'problem.edit').length, 15);
      const pages = all(second, (n) => n.type === 'Action.Execute' && n.verb === 'problem.mine').map((n) => (n.data as Node).page);
      assert.deepEqual(pages, [0, 2]);
      assert.ok(Buffer.byteLength(JSON.stringify(second)) <= MAX_CARD_BYTES);
    });

    it('status: a block per step with status, deadline and input count, counts only for opened steps that take input', () => {
      const p = projectWith(2);
      const opened = ok(applyStepCommand(ok(applyStepCommand(p.steps, { action: 'complete', step: 1, actor: { kind: 'leader', key: personKey(leader) }, now: NOW })), {
        action: 'open', step: 2, actor: { kind: 'leader', key: personKey(leader) }, now: NOW, deadline: new Date('2026-09-10T15:00:00Z'),
      }));
      const card = render('status', toStatusView(t, { ...p, steps: opened }, new Map([[2, { participantsWithInput: 1 }]]), new Set([2, 3])));
      assert.equal(all(card, (n) => n.type === 'Table').length, 0, 'no table: narrow columns break words');
      const blocks = all(card, (n) => n.type === 'Container').map((c) => texts(c));
      assert.equal(blocks.length, 6);
      assert.deepEqual(blocks[0], [t.steps.statusHeading(1, t.steps.titles[1]), t.steps.statuses.done]);
      assert.ok(blocks[1]?.at(-1)?.endsWith(t.steps.inputCount(1, 3)), blocks[1]?.join(' | '));
      assert.deepEqual(blocks[2], [t.steps.statusHeading(3, t.steps.titles[3]), t.steps.statuses.notOpen], 'not open: no count');
    });

    it('problem list: summary with counts and a 3 × 3 risk matrix, 6000 problems over pages ≤ 40 KB in order', () => {
      const levels = ['hoog', 'midden', 'laag'] as const;
      const kinds = ['personen', 'objecten', 'beide'] as const;
      const problems: Problem[] = Array.from({ length: 6000 }, (_, i) => ({
        type: 'entry', kind: 'problem', id: `p${i}`, projectId: 'project-1', step: 2, number: i + 1, author: `a${i % 300}`, organisation: `Organisatie ${i % 12}`,
        createdAt: new Date(Date.UTC(2026, 11, 1) + i).toISOString(), updatedAt: '', description: `Probleem ${i} ${'overlast '.repeat(55)}`.slice(0, 500),
        likelihood: levels[i % 3] ?? 'hoog', consequences: kinds[Math.floor(i / 3) % 3] ?? 'beide', priority: levels[Math.floor(i / 9) % 3] ?? 'hoog',
      }));
      const overview = overviewOf(problems);
      const summary = render('problem-summary', toProblemSummaryView(t, 'Overlast Stationsplein', overview));
      const rows = all(summary, (n) => n.type === 'TableRow');
      assert.equal(rows.length, 4);
      const count = (l: string, pr: string): string => String(problems.filter((x) => x.likelihood === l && x.priority === pr).length);
      assert.deepEqual(texts(rows[1]).slice(1), [count('hoog', 'hoog'), count('hoog', 'midden'), count('hoog', 'laag')]);
      assert.deepEqual(texts(rows[3]).slice(1), [count('laag', 'hoog'), count('laag', 'midden'), count('laag', 'laag')]);
      const pages = toProblemPageViews(t, overview.ordered);
      assert.ok(pages.length > 1);
      const headings = pages.flatMap((v) => texts(render('problem-page', v)).slice(1).filter((_, i) => i % 2 === 0));
      assert.equal(headings.length, 6000);
      assert.deepEqual(headings.map((h) => h.split('.')[0]), overview.ordered.map((p) => String(p.number)), 'each problem with its own number, in the list\'s order');
      const empty = render('problem-summary', toProblemSummaryView(t, 'Leeg', overviewOf([])));
      assert.deepEqual(all(empty, (n) => n.type === 'Table'), []);
    });

    it('organisation form with and without an error, and with the answer once given', () => {
      const asked = { projectId: 'project-1', personName: 'Jan', projectName: 'Overlast Stationsplein' };
      const plain = render('organisation-form', toOrganisationFormView(t, asked));
      assert.ok(texts(plain).includes(t.organisation.intro('Jan', 'Overlast Stationsplein')));
      assert.equal(byId(plain, 'organisation').maxLength, 120);
      assert.equal(all(plain, (n) => n.color === 'Attention').length, 0);
      const wrong = render('organisation-form', toOrganisationFormView(t, { ...asked, typed: 'x'.repeat(130), error: t.organisation.tooLong(120) }));
      assert.deepEqual(all(wrong, (n) => n.color === 'Attention').map((n) => n.text), [t.organisation.tooLong(120)]);
      assert.equal(String(byId(wrong, 'organisation').value).length, 120);
      const answered = render('organisation-form', toOrganisationFormView(t, { ...asked, saved: 'Politie' }));
      assert.ok(texts(answered).includes(t.organisation.saved('Politie')));
      assert.equal(byId(answered, 'organisation').value, 'Politie');
    });
  });
}

describe('user text in cards', () => {
  it('renders ${…} and markdown brackets in a document title literally', () => {
    const [doc] = documents(1, () => 'Kosten ${x} [concept] ${length(title)}', () => 'https://example.org/k?a=${y}');
    assert.ok(doc);
    const card = renderer.render('documents', toDocumentsViews(nl, [doc])[0] ?? {});
    assert.deepEqual(validate(card).filter((p) => !p.includes('unexpanded')), []);
    const [link] = all(card, (n) => n.type === 'Action.OpenUrl');
    assert.deepEqual([link?.title, link?.url], ['Kosten ${x} (concept) ${length(title)}', 'https://example.org/k?a=${y}']);
    assert.ok(texts(card).includes('[Kosten ${x} (concept) ${length(title)}](https://example.org/k?a=${y})'));
  });

  it('renders a participant named like a binding literally', () => {
    const p = addParticipants(projectWith(0), [{ tenantId: T, aadObjectId: 'x', name: '${headers.name} [a](b)' }], 'k', NOW).project;
    const card = renderer.render('participants', toParticipantsViews(nl, p.participants)[0] ?? {});
    assert.deepEqual(validate(card).filter((q) => !q.includes('unexpanded')), []);
    assert.ok(texts(card).includes('${headers.name} [a](b)'));
  });
});

describe('known limits', () => {
  it('a profile form proposes the Amsterdam date of creation as start date', () => {
    const late = { ...projectWith(0), profile: null, createdAt: '2026-06-30T22:30:00.000Z' };
    assert.equal(byId(render('profile-form', toProfileFormView(nl, late)), 'startDate').value, '2026-07-01');
  });

  it('documents whose text grows when escaped in JSON still fit', () => {
    const docs = documents(25, (i) => `Notulen ${i} ${'\u0001'.repeat(180)}`, (i) => `https://example.org/${i}`);
    for (const view of toDocumentsViews(nl, docs)) render('documents', view);
  });
});

describe('meeting cards', () => {
  const chair = { key: personKey(leader), name: leader.name };
  const at = new Date('2026-09-15T12:00:00Z');
  /** Step 4 (10 items) planned, started and every item but the last finished with `outcome(i)`. */
  function meetingProject(outcome: (i: number) => string): Project {
    const open = projectWith(2);
    const steps = ok(applyStepCommand(earlierStepsDone(open.steps, 4), { action: 'open', step: 4, actor: { kind: 'leader', key: chair.key }, now: NOW, deadline: at }));
    let p = ok(startMeeting(ok(planMeeting({ ...open, steps }, 4, agendaKeys(4), at, chair, NOW)).project, 4, agendaKeys(4), chair, at)).project;
    agendaKeys(4).slice(0, -1).forEach((key, i) => { p = ok(completeItem(p, 4, key, outcome(i), chair, new Date(at.getTime() + i * 60_000))).project; });
    return p;
  }
  for (const [lang, t] of [['nl', problemCatalog(nl)], ['en', problemCatalog(en)]] as const) {
    it(`${lang}: agenda proposed, planned and live; outcome; preview`, () => {
      const planned = ok(planMeeting(projectWith(0), 2, agendaKeys(2), at, chair, NOW)).project;
      const proposed = render('meeting-agenda', toMeetingAgendaView(t, planned, 5, undefined, agendaFor(5, t)));
      assert.equal(all(proposed, (n) => n.type === 'Input.Text').length, 0);
      assert.deepEqual(proposed.actions, []);
      render('meeting-agenda', toMeetingAgendaView(t, planned, 2, currentMeeting(planned, 2), agendaFor(2, t)));
      const live = meetingProject((i) => `Uitkomst ${i}`);
      const card = render('meeting-agenda', toMeetingAgendaView(t, live, 4, currentMeeting(live, 4), agendaFor(4, t)));
      assert.equal(byId(card, 'outcome').maxLength, 1000);
      const verbs = all(card, (n) => n.type === 'Action.Execute').map((a) => [a.verb, a.data]);
      assert.deepEqual(verbs, [['meeting.item', { projectId: 'project-1', step: 4, item: 'aobNextDate' }], ['meeting.close', { projectId: 'project-1', step: 4 }]]);
      assert.deepEqual(all(card, (n) => n.type === 'Action.Submit').map((a) => (a.data as Node).verb), ['meeting.item', 'meeting.close']);
      const question = render('meeting-close-confirm', toCloseConfirmView(t, 'project-1', currentMeeting(live, 4) ?? assert.fail('no meeting'), agendaFor(4, t), {}));
      assert.deepEqual(texts(question).filter((x) => /^\d+\. /.test(x)), [`10. ${agendaFor(4, t).title('aobNextDate')}`], 'the one item nobody got to');
      assert.deepEqual(all(question, (n) => n.type === 'Action.Execute').map((a) => [a.verb, a.data]), [
        ['meeting.close', { projectId: 'project-1', step: 4, confirm: true }],
        ['meeting.agenda', { projectId: 'project-1', step: 4 }],
      ]);
      const closed = ok(closeMeeting(live, 4, chair, new Date(at.getTime() + 3600_000), {}, true));
      const outcome = render('meeting-outcome', toMeetingOutcomeView(t, closed.meeting, agendaFor(closed.meeting.step, t)));
      assert.ok(texts(outcome).includes('Uitkomst 0'));
      assert.ok(texts(outcome).includes(t.locale === 'nl' ? 'Niet besproken' : 'Not discussed'));
      const preview = render('meeting-preview', toPreMeetingView(t, planned, 2, { entries: 31, participantsWithInput: 2, participants: 3 }, 1, agendaFor(2, t)));
      assert.equal(all(preview, (n) => n.type === 'FactSet').length, 1);
    });
  }

  it('ten outcomes of 1000 characters that grow in JSON still fit 40 KB, live and closed', () => {
    const live = meetingProject((i) => (i % 2 === 0 ? '€' : '"').repeat(1000));
    const work = Object.fromEntries(agendaKeys(4).map((key) => [key, Array.from({ length: 50 }, (_, i) => `${i}: ${'€"'.repeat(100)}`)]));
    const card = render('meeting-agenda', toMeetingAgendaView(nl, live, 4, currentMeeting(live, 4), agendaFor(4, nl), work));
    assert.ok(Buffer.byteLength(JSON.stringify(card)) <= MAX_CARD_BYTES);
    assert.ok(texts(card).some((line) => line.startsWith('… en nog')), 'long work is cut off, not the card');
    const closed = ok(closeMeeting(live, 4, chair, new Date(at.getTime() + 3600_000), {}, true));
    render('meeting-outcome', toMeetingOutcomeView(nl, closed.meeting, agendaFor(closed.meeting.step, nl)));
  });

  it('renders an outcome that looks like a binding literally', () => {
    const live = meetingProject(() => '${title} [a](b)');
    const card = renderer.render('meeting-agenda', toMeetingAgendaView(nl, live, 4, currentMeeting(live, 4), agendaFor(4, nl)));
    assert.deepEqual(validate(card).filter((q) => !q.includes('unexpanded')), []);
    assert.ok(texts(card).includes('${title} [a](b)'));
  });
});

describe('prioritisation cards', () => {
  const must = <T>(r: PriorityResult<T>): T => (r.ok ? r.value : assert.fail(r.error.code));
  const problems: Problem[] = Array.from({ length: 150 }, (_, i) => ({
    kind: 'problem', id: `p${i}`, number: i + 1, projectId: 'project-1', createdAt: NOW.toISOString(), description: `${i} ${'"€ overlast '.repeat(40)}`.slice(0, 500),
    likelihood: 'hoog', consequences: 'beide', priority: 'hoog', organisation: 'Politie',
  }) as unknown as Problem); // only the fields the views read
  let work: Prioritisation = emptyPrioritisation();
  // 14 clusters of 10 problems; the last 10 problems stay in no cluster and are voted on one by one.
  for (let c = 0; c < 14; c++) work = must(clusterProblems(work, `Cluster ${c}`, Array.from({ length: 10 }, (_, i) => c * 10 + i + 1), problems)).work;
  work = must(addCause(work, '1', '2')).work;
  work = must(recordDoei(work, 'cluster-1', { data: 'd'.repeat(1000), onderzoek: 'o'.repeat(1000), ervaringen: 'e'.repeat(1000), inzichten: 'i'.repeat(1000) })).work;
  for (const [lang, t] of [['nl', problemCatalog(nl)], ['en', problemCatalog(en)]] as const satisfies readonly (readonly [string, Catalog])[]) {
    it(`overview, DOEI form, voting card and priority list in ${lang}, within 40 KB`, async () => {
      const p = projectWith(2);
      const overview = render('cluster-overview', toClusterOverviewView(t, work, problems, p));
      assert.equal(all(overview, (n) => n.type === 'FactSet').length, 1);
      render('cluster-overview', toClusterOverviewView(t, emptyPrioritisation(), [], p));
      const clusterForm = render('cluster-form', toClusterFormView(t, 'project-1', work, problems));
      assert.deepEqual(all(clusterForm, (n) => n.type === 'Input.ChoiceSet').map((n) => [n.isMultiSelect, (n.choices as Node[]).length]), [[true, 10]]);
      assert.equal(((all(clusterForm, (n) => n.type === 'Input.ChoiceSet')[0]?.choices as Node[])[0])?.value, '141');
      const first = work.clusters[0] ?? assert.fail('no cluster');
      const form = render('cluster-doei', toDoeiFormView(t, 'project-1', first));
      assert.deepEqual(all(form, (n) => n.type === 'Input.Text').map((n) => [n.id, n.maxLength]), [['data', 1000], ['onderzoek', 1000], ['ervaringen', 1000], ['inzichten', 1000]]);
      assert.deepEqual((form.actions as Node[]).map((a) => [a.verb, a.data, (a.fallback as Node).type]), [['cluster.doei', { projectId: 'project-1', cluster: 'cluster-1' }, 'Action.Submit']]);
      const voter = { key: 'k', name: 'Jan' };
      const open = must(castVote(must(openRound(work, '', problems, NOW)), voter, 'cluster-2', NOW));
      const live = render('vote-round', toVoteRoundView(t, p, open, problems));
      assert.equal(all(live, (n) => n.type === 'Action.Execute' && n.verb === 'vote.cast').length, 24, '14 clusters and 10 problems');
      assert.equal(all(live, (n) => n.verb === 'vote.withdraw').length, 0, 'the card everyone sees takes no vote back');
      const mine = render('vote-round', toVoteRoundView(t, p, open, problems, voter.key));
      assert.equal(all(mine, (n) => n.type === 'Action.Execute' && n.verb === 'vote.withdraw').length, 1);
      assert.ok(texts(mine).includes(t.prioritisation.votesLeft(2, 3)));
      const closed = render('vote-round', toVoteRoundView(t, p, must(closeRound(open, NOW)), problems));
      assert.equal(all(closed, (n) => n.verb === 'vote.cast').length, 0);
      assert.equal(all(closed, (n) => n.type === 'Action.Execute' && n.verb === 'priority.fromVotes').length, 1);
      const list = must(endorse(must(fixList(work, [...work.clusters.map((c) => c.name), 'p150'], problems, voter, NOW)), voter, NOW));
      const listCard = render('priority-list', toPriorityListView(t, p, list));
      assert.deepEqual((listCard.actions as Node[]).map((a) => [a.verb, (a.fallback as Node).type]), [['priority.endorse', 'Action.Submit']]);
      const at = NOW.toISOString();
      const held = { step: 2, status: 'closed', plannedAt: at, items: [], startedAt: at, closedAt: at, closedBy: 'k', closedByName: 'Jan', cardActivityId: null } as const;
      const items = [
        { id: 'cluster-1', kind: 'cluster', number: 1, name: 'A', problemIds: ['p1'] },
        { id: 'p7', kind: 'problem', number: 7, name: 'B', problemIds: ['p7'] },
      ] as const;
      const priorities = { items, endorsed: 1, participants: 3, fixedByName: 'Jan', endorsedBy: ['Jan'] };
      const section = await PROBLEMS_MODULE.outcomeSection?.({ deps: undefined as never, cards: renderer, t }, p, { ...held, priorities } as Meeting);
      const outcome = render('meeting-outcome', toMeetingOutcomeView(t, held, agendaFor(2, t), section));
      assert.ok(texts(outcome).includes(`2. ${t.prioritisation.problemOnList(7, 'B')}`) && texts(outcome).length > 4, texts(outcome).join(' | '));
    });
  }
});

/** The template folders this file renders; the later steps' folders have card tests of their own. */
const COVERED_FOLDERS = ['project', 'engine', 'steps/2-problems'];

describe('card templates', () => {
  it('every template in the folders this file covers was rendered above', () => {
    const names = COVERED_FOLDERS.flatMap((folder) => readdirSync(join(cardsDirectory(), folder)).filter((f) => f.endsWith('.json')).map((f) => basename(f, '.json')));
    assert.deepEqual([...rendered].sort(), names.sort());
    assert.ok(names.length >= 7);
  });
});
