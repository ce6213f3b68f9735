import { cleanEnteredText } from '../../src/kernel/text';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { agendaFor, agendaKeys } from '../harness/agenda';
import { STEP_MODULES } from '../../src/steps';
import { MAX_OUTCOME_CHARS } from '../../src/engine/domain/meeting';
import {
  closeMeeting, completeItem, currentMeeting, exampleMeetingTime, parseMeetingTime, planMeeting,
  recordCardActivity, startMeeting, typedMoment, type Chair,
} from '../../src/engine/domain/meetings';
import { newProject, type Project } from '../../src/project/domain/project';
import type { Result } from '../../src/kernel/result';
import { applyStepCommand } from '../../src/kernel/step-machine';
import { earlierStepsDone } from '../harness/steps';
import { hasMeeting, MEETING_STEPS, stepOf, type StepNumber } from '../../src/kernel/steps';
import { meetingsEn } from '../../src/i18n/meetings.en';
import { meetingsNl } from '../../src/i18n/meetings.nl';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { toMeetingOutcomeView } from '../../src/engine/views/meeting-outcome.view';
import { clipWork, toMeetingAgendaView, toPreMeetingView } from '../../src/engine/views/meeting.view';

const NOW = new Date('2027-03-01T09:00:00Z');
const DEADLINE = new Date('2027-03-10T16:00:00Z');
const MEETING_AT = new Date('2027-03-15T13:00:00Z');
const chair: Chair = { key: 't:leader', name: 'Marieke de Vries' };
const minutes = (n: number): Date => new Date(MEETING_AT.getTime() + n * 60_000);

function value<T, E>(result: Result<T, E>): T {
  if (!result.ok) assert.fail(`refused: ${String(result.error)}`);
  return result.value;
}
const refusal = <T, E>(result: Result<T, E>): E | undefined => (result.ok ? undefined : result.error);

/** A project with step 2 open until DEADLINE. */
function projectWithStep2Open(): Project {
  const p = newProject({ id: 'p1', channel: { tenantId: 't', teamId: 'x', channelId: 'c', conversationId: 'c', serviceUrl: 's' }, leader: { tenantId: 't', aadObjectId: 'leader', name: chair.name }, now: NOW });
  const steps = value(applyStepCommand(earlierStepsDone(p.steps, 2), { action: 'open', step: 2, actor: { kind: 'leader', key: chair.key }, now: NOW, deadline: DEADLINE }));
  return { ...p, steps };
}
const running = (): Project => value(startMeeting(value(planMeeting(projectWithStep2Open(), 2, agendaKeys(2), MEETING_AT, chair, NOW)).project, 2, agendaKeys(2), chair, MEETING_AT)).project;

describe('agendas (G4)', () => {
  it('have the manual\'s items: S2.4 9, S4.3 10, step 5 8, S6.2 10', () => {
    assert.deepEqual(MEETING_STEPS.map((s) => agendaKeys(s).length), [9, 10, 8, 10]);
    assert.deepEqual(agendaKeys(3), []);
    assert.equal(hasMeeting(3), false);
    assert.equal(hasMeeting(5), true);
  });

  it('every item has a Dutch and an English text, keys unique, details only for real items', () => {
    const declared = STEP_MODULES.flatMap((m) => (m.agenda ? [m.agenda] : []));
    assert.equal(declared.length, MEETING_STEPS.length);
    for (const { keys, texts } of declared) {
      assert.equal(new Set(keys).size, keys.length);
      for (const language of [texts.nl, texts.en]) {
        assert.deepEqual(Object.keys(language.titles), [...keys]);
        for (const key of Object.keys(language.details)) assert.ok(keys.includes(key), key);
        assert.ok([...Object.values(language.titles), ...Object.values(language.details)].every((text) => text.trim() !== ''));
      }
    }
  });

  it('catalogs: the same keys and arities in both languages, no empty text', () => {
    const shape = (v: unknown, path = ''): string[] =>
      typeof v === 'function' ? [`${path}/${v.length}`]
        : v && typeof v === 'object' ? Object.keys(v).sort().flatMap((k) => shape((v as Record<string, unknown>)[k], `${path}.${k}`))
          : [`${path}:${typeof v}${v === '' ? ' EMPTY' : ''}`];
    assert.deepEqual(shape(meetingsEn), shape(meetingsNl));
    assert.deepEqual(shape(meetingsNl).filter((leaf) => leaf.endsWith('EMPTY')), []);
    assert.match(meetingsEn.refusals.beforeDeadline(2, 'Friday', '11-03-2027 14:00'), /step 2.*Friday.*11-03-2027 14:00/);
  });

  it('speaks the manual\'s Dutch', () => {
    const titles = (step: StepNumber): string[] => agendaKeys(step).map((k) => agendaFor(step).title(k));
    assert.deepEqual(titles(2), [
      'Opening en mededelingen', 'Clusteren van de problemen', 'Onderscheiden van oorzaken en gevolgen',
      'Probleemverkenning: Data, Onderzoek, Ervaringen en Inzichten (DOEI)', 'Prioritering', 'Samenvatting en akkoord door de projectgroep',
      'Toelichting op de volgende stap (inventariseren maatregelen)', 'Maken van de volgende afspraak', 'Rondvraag',
    ]);
    assert.match(titles(4).join('|'), /wanneer bereiken.*ingevoerde maatregelen.*aanvullende maatregelen.*nieuwe deelnemers.*monitoring.*nieuwe datum/);
    assert.match(titles(5).join('|'), /Uitvoeringsmatrix: wie doet wat, hoe en wanneer.*Kostenoverzicht en financiering.*Capaciteitsoverzicht \(uren of fte\).*Besluit en akkoord van de opdrachtgever/);
    assert.equal(titles(6)[1], 'Hebben we gedaan wat we hebben afgesproken?');
    assert.equal(agendaFor(2, en).title('cluster'), 'Clustering the problems');
  });
});

describe('planning a meeting', () => {
  it('plans after the deadline: the step keeps its status and gets meetingAt, the agenda is fresh', () => {
    const planned = value(planMeeting(projectWithStep2Open(), 2, agendaKeys(2), MEETING_AT, chair, NOW));
    const step = stepOf(planned.project.steps, 2);
    assert.equal(step.status, 'open');
    assert.equal(step.meetingAt, MEETING_AT.toISOString());
    assert.equal(planned.meeting.status, 'planned');
    assert.equal(planned.meeting.items.length, 9);
    assert.ok(planned.meeting.items.every((i) => !i.done && i.outcome === ''));
    assert.equal(planned.movedFrom, null);
    assert.equal(step.history.at(-1)?.action, 'planMeeting');
  });

  it('refuses the past, before the deadline and a step without meeting; nothing changes', () => {
    const p = projectWithStep2Open();
    assert.equal(refusal(planMeeting(p, 2, agendaKeys(2), new Date('2027-02-01T10:00:00Z'), chair, NOW)), 'meetingInPast');
    assert.equal(refusal(planMeeting(p, 2, agendaKeys(2), new Date('2027-03-09T10:00:00Z'), chair, NOW)), 'meetingBeforeDeadline');
    assert.equal(refusal(planMeeting(p, 3, agendaKeys(3), MEETING_AT, chair, NOW)), 'noMeetingInStep');
    assert.deepEqual(p.meetings, []);
  });

  it('replanning moves the planned meeting and says from when', () => {
    const first = value(planMeeting(projectWithStep2Open(), 2, agendaKeys(2), MEETING_AT, chair, NOW));
    const later = new Date('2027-03-16T09:00:00Z');
    const moved = value(planMeeting(first.project, 2, agendaKeys(2), later, chair, NOW));
    assert.equal(moved.movedFrom, MEETING_AT.toISOString());
    assert.equal(moved.project.meetings.length, 1);
    assert.equal(currentMeeting(moved.project, 2)?.plannedAt, later.toISOString());
    assert.equal(stepOf(moved.project.steps, 2).meetingAt, later.toISOString());
  });

  it('reads a meeting time that has a time, and proposes one that works', () => {
    assert.equal(value(parseMeetingTime('15-03-2027 14:00', NOW)).toISOString(), MEETING_AT.toISOString());
    assert.equal(value(parseMeetingTime('15 maart om 14 uur', NOW)).toISOString(), MEETING_AT.toISOString());
    assert.equal(refusal(parseMeetingTime('15-03-2027', NOW)), 'timeRequired');
    assert.equal(refusal(parseMeetingTime('gisteren 10:00', NOW)), 'unreadable');
    assert.equal(refusal(parseMeetingTime('01-02-2027 10:00', NOW)), 'inPast');
    assert.equal(typedMoment(exampleMeetingTime(undefined, NOW)), '08-03-2027 14:00');
    assert.equal(typedMoment(exampleMeetingTime(stepOf(projectWithStep2Open().steps, 2), NOW)), '11-03-2027 14:00');
  });

  it('proposes a working day, never a Saturday or a Sunday', () => {
    const weekday = (d: Date): number => new Date(`${typedMoment(d).slice(6, 10)}-${typedMoment(d).slice(3, 5)}-${typedMoment(d).slice(0, 2)}T12:00:00Z`).getUTCDay();
    for (let day = 0; day < 7; day++) {
      const now = new Date(Date.UTC(2027, 2, 1 + day, 9));
      assert.ok(![0, 6].includes(weekday(exampleMeetingTime(undefined, now))), typedMoment(exampleMeetingTime(undefined, now)));
      const friday = { ...stepOf(projectWithStep2Open().steps, 2), deadline: '2027-03-19T16:00:00.000Z' };
      assert.equal(typedMoment(exampleMeetingTime(friday, now)), '22-03-2027 14:00', 'the day after a Friday deadline is a Monday');
    }
    assert.equal(typedMoment(exampleMeetingTime(undefined, new Date('2027-03-06T10:00:00Z'))), '15-03-2027 14:00', 'Saturday + 7 → Monday');
  });
});

describe('running a meeting', () => {
  it('starts a planned meeting: meeting running, step in meeting', () => {
    const p = running();
    assert.equal(currentMeeting(p, 2)?.status, 'running');
    assert.equal(currentMeeting(p, 2)?.startedAt, MEETING_AT.toISOString());
    assert.equal(stepOf(p.steps, 2).status, 'meeting');
    assert.equal(refusal(startMeeting(p, 2, agendaKeys(2), chair, MEETING_AT)), 'alreadyRunning');
  });

  it('starts without planning (plan time = now), but not in a step that is not open', () => {
    const p = value(startMeeting(projectWithStep2Open(), 2, agendaKeys(2), chair, NOW)).project;
    assert.equal(currentMeeting(p, 2)?.plannedAt, NOW.toISOString());
    assert.equal(refusal(startMeeting(p, 4, agendaKeys(4), chair, NOW)), 'stepNotOpen');
  });

  it('ticks an item with its outcome; a second tick of the same item changes nothing', () => {
    const ticked = value(completeItem(running(), 2, 'cluster', '  Drie clusters:\r\nfietsen, jongeren, afval\u0007 ', chair, minutes(5)));
    assert.deepEqual(ticked.item, {
      key: 'cluster', done: true, outcome: 'Drie clusters:\nfietsen, jongeren, afval', doneAt: minutes(5).toISOString(), doneBy: chair.key, doneByName: chair.name,
    });
    assert.equal(refusal(completeItem(ticked.project, 2, 'cluster', 'anders', chair, minutes(6))), 'itemDone');
    assert.equal(currentMeeting(ticked.project, 2)?.items.find((i) => i.key === 'cluster')?.outcome, 'Drie clusters:\nfietsen, jongeren, afval');
  });

  it('refuses unknown items, too long outcomes and ticks outside a running meeting', () => {
    const p = running();
    assert.equal(refusal(completeItem(p, 2, 'lunch', '', chair, minutes(1))), 'unknownItem');
    assert.equal(refusal(completeItem(p, 2, 'opening', 'x'.repeat(MAX_OUTCOME_CHARS + 1), chair, minutes(1))), 'outcomeTooLong');
    assert.ok(completeItem(p, 2, 'opening', 'x'.repeat(MAX_OUTCOME_CHARS), chair, minutes(1)).ok);
    const planned = value(planMeeting(projectWithStep2Open(), 2, agendaKeys(2), MEETING_AT, chair, NOW)).project;
    assert.equal(refusal(completeItem(planned, 2, 'opening', '', chair, NOW)), 'notStarted');
    assert.equal(refusal(completeItem(projectWithStep2Open(), 2, 'opening', '', chair, NOW)), 'noMeeting');
    assert.equal(cleanEnteredText('\tA\u0000B '), 'AB');
  });

  it('remembers the live card once', () => {
    const p = running();
    const saved = recordCardActivity(p, 2, 'activity-7', minutes(0));
    assert.equal(saved && currentMeeting(saved, 2)?.cardActivityId, 'activity-7');
    assert.equal(saved && recordCardActivity(saved, 2, 'activity-7', minutes(1)), undefined);
  });
});

describe('closing a meeting', () => {
  it('closes with unfinished items only when the leader confirms, and records them as not discussed; the step is done', () => {
    const ticked = value(completeItem(running(), 2, 'opening', 'Welkom', chair, minutes(2))).project;
    assert.equal(refusal(closeMeeting(ticked, 2, chair, minutes(60))), 'openItems', 'first the question');
    const closed = value(closeMeeting(ticked, 2, chair, minutes(60), {}, true));
    assert.equal(closed.meeting.status, 'closed');
    assert.equal(closed.meeting.closedByName, chair.name);
    assert.equal(stepOf(closed.project.steps, 2).status, 'done');
    assert.deepEqual(closed.meeting.items.map((i) => i.done), [true, false, false, false, false, false, false, false, false]);
    const view = toMeetingOutcomeView(nl, closed.meeting, agendaFor(closed.meeting.step, nl));
    assert.equal(view.progress, '1 van 9 agendapunten besproken');
    assert.deepEqual(view.items.slice(0, 2).map((i) => [i.mark, i.outcome, i.isSubtle]), [['✅', 'Welkom', false], ['➖', 'Niet besproken', true]]);
    assert.equal(view.items[0]?.meta, 'Afgerond door Marieke de Vries, 14:02');
    assert.match(view.notDiscussedLine, /^Niet besproken: 2\. Clusteren van de problemen, 3\. Onderscheiden van oorzaken en gevolgen, .*, 9\. Rondvraag\.$/);
    assert.equal(refusal(closeMeeting(closed.project, 2, chair, minutes(61))), 'alreadyHeld');
    assert.equal(refusal(planMeeting(closed.project, 2, agendaKeys(2), new Date('2027-04-01T10:00:00Z'), chair, minutes(61))), 'alreadyHeld');
    assert.equal(refusal(completeItem(closed.project, 2, 'cluster', '', chair, minutes(61))), 'alreadyHeld');
  });

  it('a planned meeting can not be closed before it starts', () => {
    const planned = value(planMeeting(projectWithStep2Open(), 2, agendaKeys(2), MEETING_AT, chair, NOW)).project;
    assert.equal(refusal(closeMeeting(planned, 2, chair, NOW)), 'notStarted');
  });

  it('after reopening the step a new round keeps the earlier outcome', () => {
    const closed = value(closeMeeting(value(completeItem(running(), 2, 'opening', 'Welkom', chair, minutes(2))).project, 2, chair, minutes(60), {}, true)).project;
    const steps = value(applyStepCommand(closed.steps, { action: 'reopen', step: 2, actor: { kind: 'leader', key: chair.key }, now: minutes(70), reason: 'meer input nodig' }));
    const again = value(planMeeting({ ...closed, steps }, 2, agendaKeys(2), new Date('2027-04-01T10:00:00Z'), chair, minutes(70)));
    assert.equal(again.meeting.status, 'planned');
    assert.equal(again.meeting.earlier?.length, 1);
    assert.equal(again.meeting.earlier?.[0]?.items[0]?.outcome, 'Welkom');
    assert.ok(again.meeting.items.every((i) => !i.done));
  });
});

describe('meeting views', () => {
  it('the live agenda marks done items and offers the outcome box at the first open one', () => {
    const p = value(completeItem(running(), 2, 'opening', '', chair, minutes(1))).project;
    const view = toMeetingAgendaView(nl, p, 2, currentMeeting(p, 2), agendaFor(2, nl));
    assert.deepEqual(view.items.slice(0, 3).map((i) => [i.mark, i.isCurrent]), [['✅', false], ['⬜', true], ['⬜', false]]);
    assert.equal(view.items[0]?.outcome, 'Afgerond zonder notitie.');
    assert.equal(view.progress, '1 van 9 agendapunten afgerond');
    assert.equal(view.canClose, true);
    assert.equal(view.title, 'Overleg stap 2: Wat is het probleem?');
  });

  it('the proposed agenda of a step without meeting says it is not planned', () => {
    const view = toMeetingAgendaView(nl, projectWithStep2Open(), 5, undefined, agendaFor(5, nl));
    assert.equal(view.dateLine, 'Nog niet gepland');
    assert.equal(view.items.length, 8);
    assert.equal(view.canClose, false);
    assert.ok(view.items.every((i) => !i.isCurrent));
  });

  it('the pre-meeting view has the agenda and the counts', () => {
    const p = value(planMeeting(projectWithStep2Open(), 2, agendaKeys(2), MEETING_AT, chair, NOW)).project;
    const view = toPreMeetingView(nl, p, 2, { entries: 12, participantsWithInput: 4, participants: 6 }, 24, agendaFor(2, nl));
    assert.equal(view.title, 'Over 24 uur: overleg stap 2, Wat is het probleem?');
    assert.equal(view.dateLine, 'Gepland: maandag 15 maart 2027 om 14:00');
    assert.deepEqual(view.facts.map((f) => f.value), ['12', '4 van 6']);
    assert.equal(view.items.length, 9);
  });
});

describe('work done in a meeting (recorded under its agenda items)', () => {
  const work = { cluster: ['Cluster 1 Fietsen: problemen 1, 4', 'Cluster 2 Jongeren: probleem 2'], prioritise: ['Fietsen 5 stemmen'] };

  it('shows the step\'s work under the items of the live card', () => {
    const p = running();
    const view = toMeetingAgendaView(nl, p, 2, currentMeeting(p, 2), agendaFor(2), work);
    const byKey = new Map(view.items.map((i) => [i.key, i.work.map((w) => w.text)]));
    assert.deepEqual(byKey.get('cluster'), work.cluster);
    assert.deepEqual(byKey.get('prioritise'), work.prioritise);
    assert.deepEqual(byKey.get('opening'), []);
  });

  it('keeps it in the meeting record at closing; an item with work recorded under it was discussed, ticked or not', () => {
    assert.equal(refusal(closeMeeting(running(), 2, chair, minutes(60), work)), 'openItems', 'other items nobody got to');
    const closed = value(closeMeeting(running(), 2, chair, minutes(60), work, true));
    const meeting = currentMeeting(closed.project, 2);
    assert.deepEqual(meeting?.work, work);
    const view = toMeetingOutcomeView(nl, closed.meeting, agendaFor(2));
    const cluster = view.items.find((i) => i.heading.endsWith('Clusteren van de problemen'));
    assert.deepEqual(cluster?.work.map((w) => w.text), work.cluster);
    assert.deepEqual([cluster?.mark, cluster?.outcome, cluster?.isSubtle], ['✅', '', false]);
    assert.equal(view.items[0]?.outcome, 'Niet besproken');
    assert.equal(view.progress, '2 van 9 agendapunten besproken');
    assert.doesNotMatch(view.notDiscussedLine, /Clusteren|Prioritering/);
    assert.equal(value(closeMeeting(running(), 2, chair, minutes(60), {}, true)).meeting.work, undefined, 'no work, nothing recorded');
  });

  it('closes without asking once every item is ticked or has work under it', () => {
    let p = running();
    for (const key of agendaKeys(2).filter((k) => !(k in work))) p = value(completeItem(p, 2, key, '', chair, minutes(5))).project;
    assert.equal(value(closeMeeting(p, 2, chair, minutes(60), work)).meeting.status, 'closed');
  });

  it('cuts long work off with the number left, so the card stays within its budget', () => {
    const many = { cluster: Array.from({ length: 400 }, (_, i) => `Cluster ${i}: ${'probleem '.repeat(10)}`) };
    const lines = clipWork(nl, ['cluster'], many).get('cluster') ?? [];
    assert.ok(lines.length > 10 && lines.length < 400, `${lines.length} lines`);
    assert.match(lines.at(-1)?.text ?? '', /^… en nog \d+ /);
    assert.equal(Number(/nog (\d+)/.exec(lines.at(-1)?.text ?? '')?.[1]) + lines.length - 1, 400);
  });
});
