import { z } from 'zod';
import { cardAction, cardFields } from '../platform/card-action';
import { command, noArguments } from '../platform/command';
import { hasMeeting } from '../kernel/steps';
import {
  closeMeetingAction, closeMeetingCommand, completeAgendaItemAction, meetingAgendaAction, planMeetingCommand, showMeetingCommand, startMeetingCommand,
} from './routes/meeting-routes';
import { closeStepCommand, extendStepCommand, openStepCommand, reopenStepCommand, statusCommand } from './routes/step-routes';

/** Every spelling of "<verb> <noun>", Dutch and English words mixed as people type them. */
const spellings = (verbs: readonly string[], nouns: readonly string[]): string[] =>
  verbs.flatMap((verb) => nouns.map((noun) => [verb, noun].filter(Boolean).join(' ')));
const STEP = ['stap', 'step'];
const MEETING = ['overleg', 'overleg stap', 'overleg step', 'meeting', 'meeting step', 'meeting stap'];

/** A step number as typed; anything that is not a whole number becomes NaN and is refused with a clear line. */
const stepNumber = (typed: string): number => (/^\d+$/.test(typed) ? Number(typed) : Number.NaN);

const stepOnly = (rest: string): { step: number } | undefined => {
  const match = /^(\S+)$/.exec(rest);
  return match ? { step: stepNumber(match[1] ?? '') } : undefined;
};
const stepAndMoment = (rest: string): { step: number; when: string } | undefined => {
  const match = /^(\S+)\s+(?:tot|until)\s+(.+)$/i.exec(rest);
  return match ? { step: stepNumber(match[1] ?? ''), when: (match[2] ?? '').trim() } : undefined;
};

const REASON = /\s+(?:omdat|want|because|reden:|reason:)\s+/i;

/** "20-12-2026 17:00 omdat de politie meer tijd nodig heeft" → the date and the reason. */
export function splitReason(rest: string): { when: string; reason: string } {
  const match = REASON.exec(rest);
  if (!match) return { when: rest, reason: '' };
  return { when: rest.slice(0, match.index).trim(), reason: rest.slice(match.index + match[0].length).trim() };
}

/** `heropen stap 2 <reden>` or `heropen stap 2 tot <datum> omdat <reden>`. */
export function splitReopen(rest: string): { when: string; reason: string } {
  const withDate = /^(?:tot|until)\s+(.+)$/i.exec(rest);
  if (!withDate) return { when: '', reason: rest };
  return splitReason(withDate[1] ?? '');
}

/** The step engine's commands (G3, G4, T4): the leader steers steps and meetings, everyone sees the state. */
export const ENGINE_COMMANDS = [
  command({
    name: 'status',
    phrases: { nl: ['status'], en: [] },
    audience: 'participants',
    parse: noArguments,
    help: {
      nl: ['status', 'Toon de stand van alle stappen met deadlines en invoer.'],
      en: ['status', 'Show the state of every step with deadlines and input.'],
    },
    handle: statusCommand,
  }),
  command({
    name: 'openStep',
    phrases: { nl: ['open stap'], en: ['open step'] },
    audience: 'leader',
    fits: ({ step, status }) => status === 'notOpen' || step === 1,
    parse: stepAndMoment,
    help: {
      nl: ['open stap N tot <datum> [tijd]', 'Open de volgende stap met een deadline (dd-mm-jjjj uu:mm); zonder tijd geldt 23:59.'],
      en: ['open step N until <date> [time]', 'Open the next step with a deadline (dd-mm-yyyy hh:mm); without a time 23:59 applies.'],
    },
    handle: (turn, { step, when }) => openStepCommand(turn, step, when),
  }),
  command({
    name: 'extendStep',
    phrases: { nl: spellings(['verleng'], STEP), en: spellings(['extend'], STEP) },
    audience: 'leader',
    fits: ({ step, status }) => step !== 1 && status === 'open',
    parse: (rest) => {
      const parsed = stepAndMoment(rest);
      return parsed && { step: parsed.step, ...splitReason(parsed.when) };
    },
    help: {
      nl: ['verleng stap N tot <datum> [omdat …]', 'Verleng de deadline van een open stap.'],
      en: ['extend step N until <date> [because …]', 'Extend the deadline of an open step.'],
    },
    handle: (turn, { step, when, reason }) => extendStepCommand(turn, step, when, reason),
  }),
  command({
    name: 'closeStep',
    phrases: { nl: spellings(['sluit'], STEP), en: spellings(['close'], STEP) },
    audience: 'leader',
    fits: ({ step, status }) => step !== 1 && (status === 'open' || (status === 'inputClosed' && !hasMeeting(step))),
    parse: stepOnly,
    help: { nl: ['sluit stap N', 'Sluit de invoer van een stap nu.'], en: ['close step N', 'Close the input of a step now.'] },
    handle: (turn, { step }) => closeStepCommand(turn, step),
  }),
  command({
    name: 'reopenStep',
    phrases: { nl: spellings(['heropen'], STEP), en: spellings(['reopen'], STEP) },
    audience: 'leader',
    fits: () => false,
    parse: (rest) => {
      const match = /^(\S+)(?:\s+(.*))?$/.exec(rest);
      return match ? { step: stepNumber(match[1] ?? ''), ...splitReopen((match[2] ?? '').trim()) } : undefined;
    },
    help: {
      nl: ['heropen stap N [tot <datum>] <reden>', 'Heropen een gesloten stap; de reden wordt vastgelegd.'],
      en: ['reopen step N [until <date>] <reason>', 'Reopen a closed step; the reason is recorded.'],
    },
    handle: (turn, { step, when, reason }) => reopenStepCommand(turn, step, when, reason),
  }),
  command({
    name: 'planMeeting',
    phrases: { nl: MEETING, en: [] },
    audience: 'leader',
    fits: ({ step, status }) => hasMeeting(step) && (status === 'open' || status === 'inputClosed'),
    parse: (rest) => {
      const match = /^(\S+)\s+(?:op|on)\s+(.+)$/i.exec(rest);
      return match ? { step: stepNumber(match[1] ?? ''), when: (match[2] ?? '').trim() } : undefined;
    },
    help: {
      nl: ['overleg stap N op <datum tijd>', 'Plan het overleg van stap 2, 4, 5 of 6.'],
      en: ['meeting step N on <date time>', 'Plan the meeting of step 2, 4, 5 or 6.'],
    },
    handle: (turn, { step, when }) => planMeetingCommand(turn, step, when),
  }),
  command({
    name: 'startMeeting',
    phrases: { nl: spellings(['start', 'begin'], MEETING), en: [] },
    audience: 'leader',
    fits: ({ step, status }) => hasMeeting(step) && (status === 'open' || status === 'inputClosed'),
    parse: stepOnly,
    help: {
      nl: ['start overleg N', 'Begin het overleg en werk de agenda af.'],
      en: ['start meeting N', 'Start the meeting and work through the agenda.'],
    },
    handle: (turn, { step }) => startMeetingCommand(turn, step),
  }),
  command({
    name: 'closeMeeting',
    phrases: { nl: spellings(['sluit'], MEETING), en: spellings(['close'], MEETING) },
    audience: 'leader',
    fits: ({ status }) => status === 'meeting',
    parse: (rest) => {
      // "toch" (anyway) closes even with agenda items nobody got to.
      const match = /^(\S+)(?:\s+(toch|anyway|bevestigd|confirmed))?$/i.exec(rest);
      return match ? { step: stepNumber(match[1] ?? ''), confirmed: match[2] !== undefined } : undefined;
    },
    help: {
      nl: ['sluit overleg N [toch]', 'Sluit het overleg; de uitkomst wordt vastgelegd. Met punten die niet besproken zijn, vraag ik eerst of het toch moet.'],
      en: ['close meeting N [anyway]', 'Close the meeting; its outcome is recorded. With items not discussed, I ask first whether to close anyway.'],
    },
    handle: (turn, { step, confirmed }) => closeMeetingCommand(turn, step, confirmed),
  }),
  command({
    name: 'showMeeting',
    phrases: { nl: MEETING, en: [] },
    audience: 'participants',
    fits: ({ step, status }) => hasMeeting(step) && status !== 'notOpen',
    parse: stepOnly,
    help: { nl: ['overleg N', 'Toon agenda en uitkomst van het overleg.'], en: ['meeting N', 'Show the agenda and outcome of the meeting.'] },
    handle: (turn, { step }) => showMeetingCommand(turn, step),
  }),
];

export const ENGINE_CARD_ACTIONS = [
  cardAction({
    verb: 'meeting.item',
    sendsInputs: true,
    schema: z.object({ projectId: cardFields.projectId, step: cardFields.stepNumber, item: z.string().min(1).max(40), outcome: cardFields.text }),
    handle: completeAgendaItemAction,
  }),
  cardAction({
    verb: 'meeting.close',
    schema: z.object({ projectId: cardFields.projectId, step: cardFields.stepNumber, confirm: z.boolean().optional() }),
    handle: closeMeetingAction,
  }),
  cardAction({ verb: 'meeting.agenda', schema: z.object({ projectId: cardFields.projectId, step: cardFields.stepNumber }), handle: meetingAgendaAction }),
];
