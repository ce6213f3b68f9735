import type { ProblemListCatalog } from './problem-list.nl';

/** The typed list of step 2 in English. */
export const problemListEn: ProblemListCatalog = {
  summaryTitle: (project: string) => `Typed problems: ${project}`,
  summaryIntro: (problems: number, organisations: number) =>
    `${problems} ${problems === 1 ? 'problem' : 'problems'} from ${organisations} ${organisations === 1 ? 'organisation' : 'organisations'}. Order: priority, then likelihood, then consequences.`,
  none: 'No problems have been entered yet.',
  countsTitle: 'Counts per typing',
  matrixTitle: 'Risk overview: likelihood × priority',
  matrixCorner: 'Likelihood \\ priority',
  pageTitle: (from: number, to: number, total: number) => `Problems ${from}–${to} of ${total}`,
  line: (likelihood: string, consequences: string, priority: string, organisation: string) =>
    `Priority ${priority} · likelihood ${likelihood} · consequences for ${consequences} · ${organisation}`,
  unknownOrganisation: 'organisation unknown',
  posting: (messages: number) => `The full list goes to the channel in ${messages} messages; that may take a moment.`,
  countsOnly: (when: string) =>
    `Until input closes (${when}) everyone sees only how many problems there are per typing, not what others entered: so everyone gives their own view first. The full list comes to the channel as soon as input closes.`,
  countsOnlyNoDeadline:
    'Until input closes everyone sees only how many problems there are per typing, not what others entered: so everyone gives their own view first. The full list comes to the channel as soon as input closes.',
  peekButton: 'Look at all problems (only you)',
  onlyLeaderPeeks: 'Until input closes only the project leader sees other people\'s problems. You see your own with My problems.',
  notYetOpen: 'Step 2 has not been opened yet: there is no list.',
};
