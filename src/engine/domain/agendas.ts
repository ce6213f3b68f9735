import type { StepNumber } from './steps';

/**
 * The proposed agendas of the manual's meetings (G4): S2.4, S4.3, step 5's section and S6.2.
 * Only keys live here; the wording is in the catalogs (i18n/meetings.*.ts).
 */
export type MeetingStep = 2 | 4 | 5 | 6;

export const AGENDAS = {
  2: ['opening', 'cluster', 'causesEffects', 'evidence', 'prioritise', 'summary', 'nextStep', 'nextDate', 'aob'],
  4: [
    'opening', 'goals', 'assessMeasures', 'extraNeeded', 'extraWhich', 'newParticipants', 'whoWhatWhen', 'ownOrganisations',
    'monitoring', 'aobNextDate',
  ],
  5: ['opening', 'measures', 'executionMatrix', 'costs', 'capacity', 'approval', 'missingData', 'aobNextDate'],
  6: [
    'opening', 'didWeDo', 'improvements', 'goalsReached', 'satisfied', 'cooperation', 'recommendations', 'continueGroup',
    'newCycle', 'agreementsAob',
  ],
} as const satisfies Record<MeetingStep, readonly string[]>;

export type AgendaKey<S extends MeetingStep> = (typeof AGENDAS)[S][number];

export const MEETING_STEP_NUMBERS: readonly MeetingStep[] = [2, 4, 5, 6];

export function isMeetingStep(step: number): step is MeetingStep {
  return (MEETING_STEP_NUMBERS as readonly number[]).includes(step);
}

/** The item keys of a step's agenda, in the manual's order; empty for a step without a meeting. */
export function agendaKeys(step: StepNumber): readonly string[] {
  return isMeetingStep(step) ? AGENDAS[step] : [];
}
