import type { MeasureListCatalog } from './measure-list.nl';

/** The overview of step 3 in English. */
export const measureListEn: MeasureListCatalog = {
  summaryTitle: (project: string) => `Current measures (step 3): ${project}`,
  summaryIntro: (measures: number, organisations: number, problems: number) =>
    `${measures} ${measures === 1 ? 'measure' : 'measures'} from ${organisations} ${organisations === 1 ? 'organisation' : 'organisations'} for ${problems} priority ${problems === 1 ? 'problem' : 'problems'}.`,
  none: 'No measures have been entered yet.',
  noList: 'There is no fixed priority list from step 2 yet.',
  countsTitle: 'Counts per target and kind',
  targetsFact: 'Target',
  kindsFact: 'Kind',
  spread: (name: string, count: number) => `${name} ${count}`,
  silentFact: 'No answer yet',
  everyoneAnswered: 'Every organisation has answered.',
  gapsTitle: 'Gaps',
  gapLine: (problem: string, gaps: string) => `${problem}: ${gaps}`,
  noGaps: 'No gaps: every problem has proactive or preventive work, and work aimed at offenders, victims and the area.',
  gaps: {
    noMeasure: 'no measure at all',
    noProactiveOrPreventive: 'no proactive or preventive measure',
    noOffenders: 'nobody acts on offenders',
    noVictims: 'nobody acts on victims',
    noArea: 'no area-based measure',
  },
  pageTitle: (page: number, pages: number) => (pages === 1 ? 'Measures per problem' : `Measures per problem (${page} of ${pages})`),
  problemHeading: (rank: number, name: string, measures: number) => `${rank}. ${name}: ${measures} ${measures === 1 ? 'measure' : 'measures'}`,
  continued: (heading: string) => `${heading} (continued)`,
  problemCounts: (targets: string, kinds: string) => `Target: ${targets} · Kind: ${kinds}`,
  nothingLine: (names: string) => `Does nothing (yet): ${names}`,
  notAnsweredLine: (names: string) => `No answer yet: ${names}`,
  gapsLine: (gaps: string) => `Gaps: ${gaps}`,
  unknownOrganisation: (name: string) => `${name} (organisation unknown)`,
  posting: (messages: number) => `The full overview follows in ${messages} messages in the channel; this may take a moment.`,
  notYetOpen: 'Step 3 has not been opened yet: there are no measures yet.',
};
