// Realistic Dutch sample data for every card template, built with the real domain rules and
// view-models: the gallery (`npm run cards`) renders these, and a unit test checks they cover
// every template in cards/.
import { completeItem, currentMeeting, planMeeting, startMeeting, closeMeeting } from '../../src/engine/domain/meetings';
import { addParticipants, setOrganisation } from '../../src/project/domain/participants';
import { personKey, type PersonInfo } from '../../src/kernel/person';
import { overviewOf } from '../../src/steps/2-problems/domain/prioritisation';
import { castVote, closeRound, endorse, fixList, openRound, priorityItems } from '../../src/steps/2-problems/domain/priority-votes';
import { problemMeetingWork } from '../../src/steps/2-problems/views/meeting-work.view';
import { addCause, clusterProblems, emptyPrioritisation, recordDoei, type Prioritisation } from '../../src/steps/2-problems/domain/priority-work';
import type { Problem } from '../../src/steps/2-problems/domain/problem';
import { validateProfile } from '../../src/project/domain/profile';
import { newDocument, type ProjectDocument } from '../../src/project/domain/project-documents';
import { newProject, type Project } from '../../src/project/domain/project';
import { applyStepCommand } from '../../src/kernel/step-machine';
import type { Meeting } from '../../src/engine/domain/meeting';
import { ALL_COMMANDS } from '../../src/features';
import type { Catalog } from '../../src/i18n';
import type { CardRenderer } from '../../src/platform/cards/card-renderer';
import { PROBLEMS_MODULE } from '../../src/steps/2-problems';
import { problemCatalog } from '../../src/steps/2-problems/i18n/catalog';
import { agendaFor, agendaKeys } from '../harness/agenda';
import { toDocumentsViews } from '../../src/project/views/documents.view';
import { toHelpView } from '../../src/project/views/help.view';
import { toMeetingOutcomeView } from '../../src/engine/views/meeting-outcome.view';
import { toCloseConfirmView, toMeetingAgendaView, toPreMeetingView } from '../../src/engine/views/meeting.view';
import { toMyProblemsView } from '../../src/steps/2-problems/views/my-problems.view';
import { toOrganisationFormView } from '../../src/project/views/organisation-form.view';
import { toParticipantsViews } from '../../src/project/views/participants.view';
import { toPriorityListView, toVoteRoundView } from '../../src/steps/2-problems/views/prioritisation-vote.view';
import { toClusterFormView, toClusterOverviewView, toDoeiFormView } from '../../src/steps/2-problems/views/prioritisation.view';
import { toProblemFormView } from '../../src/steps/2-problems/views/problem-form.view';
import { toProblemPageViews, toProblemSummaryView } from '../../src/steps/2-problems/views/problem-list.view';
import { toProfileFormView } from '../../src/project/views/profile-form.view';
import { toProfileView } from '../../src/project/views/profile.view';
import { toStatusView } from '../../src/engine/views/status.view';
import { toStepOpenedView } from '../../src/engine/views/step-opened.view';
import { toWelcomeView } from '../../src/project/views/welcome.view';
import { stepThreeFourSamples } from './card-samples-steps-3-4';
import { stepFiveSixSamples } from './card-samples-steps-5-6';

export interface CardSample {
  /** Template name in cards/. */
  readonly template: string;
  /** What the picture shows, for the README. */
  readonly caption: string;
  readonly view: object;
}

const TENANT = 'havenstad';
const NOW = new Date('2026-11-02T09:00:00Z');
const hoursLater = (h: number): Date => new Date(NOW.getTime() + h * 3600_000);

const leader: PersonInfo = { tenantId: TENANT, aadObjectId: 'aad-marieke', name: 'Marieke de Vries' };
const partners: readonly (readonly [PersonInfo, string])[] = [
  [leader, 'Gemeente Havenstad, OOV'],
  [{ tenantId: TENANT, aadObjectId: 'aad-rachid', name: 'Rachid El Amrani' }, 'Politie Eenheid Havenstad'],
  [{ tenantId: TENANT, aadObjectId: 'aad-esther', name: 'Esther Jansen' }, 'Woonstede Havenstad'],
  [{ tenantId: TENANT, aadObjectId: 'aad-kevin', name: 'Kevin Bakker' }, 'Jongerenwerk Havenstad'],
  [{ tenantId: TENANT, aadObjectId: 'aad-hans', name: 'Hans Visser' }, 'Winkeliersvereniging Centrum'],
  [{ tenantId: TENANT, aadObjectId: 'aad-sanne', name: 'Sanne de Boer' }, 'Havenstad Vervoer'],
];
const chair = { key: personKey(leader), name: leader.name };

function must<T>(result: { ok: true; value: T } | { ok: false; error: unknown }, what: string): T {
  if (!result.ok) throw new Error(`sample data: ${what}: ${JSON.stringify(result.error)}`);
  return result.value;
}

function project(): Project {
  let p = newProject({
    id: 'project-stationsplein',
    channel: { tenantId: TENANT, teamId: 'team-oov', channelId: 'kanaal-stationsplein', conversationId: 'kanaal-stationsplein', serviceUrl: 'https://smba.trafficmanager.net/emea/' },
    leader,
    now: NOW,
  });
  p = addParticipants(p, partners.slice(1).map(([person]) => person), personKey(leader), NOW).project;
  for (const [person, organisation] of partners) p = must(setOrganisation(p, personKey(person), organisation, NOW), organisation);
  const profile = validateProfile({
    name: 'Overlast Stationsplein',
    commissioner: 'Burgemeester A. Koster',
    startDate: '2-11-2026',
    plannedEndDate: '30-6-2027',
    description:
      'Sinds de zomer nemen de meldingen over overlast rond het Stationsplein toe: hangjongeren bij de fietsenstalling, fietsendiefstal en vernielingen. De projectgroep brengt de problemen in kaart, kiest wat eerst moet en spreekt maatregelen af.',
  });
  return { ...p, profile: must(profile, 'profile') };
}

const PROBLEMS: readonly (readonly [string, Problem['likelihood'], Problem['consequences'], Problem['priority'], number])[] = [
  ['Groepen jongeren hangen ’s avonds rond de fietsenstalling en spreken reizigers intimiderend aan.', 'hoog', 'personen', 'hoog', 3],
  ['Fietsendiefstal in de stalling aan de oostzijde, vooral tussen 22:00 en 02:00.', 'hoog', 'objecten', 'hoog', 1],
  ['Vernielingen aan abri’s en prullenbakken in het weekend.', 'midden', 'objecten', 'midden', 5],
  ['Signalen van drugshandel in de onderdoorgang na 22:00.', 'midden', 'beide', 'hoog', 1],
  ['Slechte verlichting in de onderdoorgang maakt dat mensen zich onveilig voelen.', 'hoog', 'personen', 'midden', 2],
  ['Winkeldiefstal door groepjes bij de winkels aan het plein.', 'midden', 'objecten', 'midden', 4],
  ['Zwerfvuil en wildplassen rond het busstation.', 'hoog', 'objecten', 'laag', 5],
  ['Overlast door verwarde personen in de stationshal.', 'laag', 'personen', 'midden', 2],
];

function problems(): Problem[] {
  return PROBLEMS.map(([description, likelihood, consequences, priority, by], i) => ({
    type: 'entry',
    kind: 'problem',
    id: `probleem-${i + 1}`,
    projectId: 'project-stationsplein',
    step: 2,
    number: i + 1,
    author: personKey(partners[by]?.[0] ?? leader),
    organisation: partners[by]?.[1] ?? null,
    createdAt: hoursLater(i).toISOString(),
    updatedAt: hoursLater(i).toISOString(),
    description,
    likelihood,
    consequences,
    priority,
    ...(i < 2 ? { extra: { tijdstip: 'avond' } } : {}),
  }));
}

const CRITERIA = [{ id: 'tijdstip', name: 'Tijdstip', values: ['overdag', 'avond', 'nacht'] }];

function documents(): ProjectDocument[] {
  const docs: [string, string, string][] = [
    ['Politiecijfers Stationsplein 2025–2026', 'https://havenstad.sharepoint.com/sites/oov/Stationsplein/politiecijfers-2026.xlsx', 'Rachid El Amrani'],
    ['Verslag buurtschouw 14 oktober', 'https://havenstad.sharepoint.com/sites/oov/Stationsplein/buurtschouw-14-oktober.docx', 'Marieke de Vries'],
    ['Plattegrond stationsgebied met camera’s', 'https://havenstad.sharepoint.com/sites/oov/Stationsplein/plattegrond.pdf', 'Sanne de Boer'],
  ];
  return docs.map(([title, url, by], i) =>
    must(newDocument({ id: `document-${i}`, projectId: 'project-stationsplein', source: 'link', title, url, addedBy: `aad-${i}`, addedByName: by, now: hoursLater(i * 24) }), title),
  );
}

/** Step 2 open until Friday 17:00, its meeting planned a week later. */
function withStepTwo(p: Project): Project {
  const deadline = new Date('2026-11-13T16:00:00Z');
  const profiled = must(applyStepCommand(p.steps, { action: 'complete', step: 1, actor: { kind: 'leader', key: chair.key }, now: NOW }), 'profile saved');
  const steps = must(applyStepCommand(profiled, { action: 'open', step: 2, actor: { kind: 'leader', key: chair.key }, now: NOW, deadline }), 'open step 2');
  return { ...p, steps };
}

function prioritisation(list: readonly Problem[]): Prioritisation {
  const ordered = overviewOf(list).ordered;
  let work = emptyPrioritisation();
  // Clustered as they stand on the list; the cluster command takes the problems' own numbers.
  const cluster = (name: string, positions: number[]): void => {
    work = must(clusterProblems(work, name, positions.map((at) => ordered[at - 1]?.number ?? 0), list), name).work;
  };
  cluster('Hangjongeren en intimidatie', [1, 3]);
  cluster('Fietsendiefstal', [2]);
  cluster('Onveilige onderdoorgang', [4, 5]);
  cluster('Vernieling en zwerfvuil', [6, 7]);
  work = must(addCause(work, '3', '1'), 'cause').work;
  work = must(
    recordDoei(work, 'cluster-1', {
      data: '46 meldingen van overlast door jongeren sinds juni (politie), piek vrijdag- en zaterdagavond.',
      onderzoek: 'Veiligheidsmonitor 2025: 38 % van de reizigers voelt zich ’s avonds onveilig op het plein.',
      ervaringen: 'Jongerenwerk kent de groep; een deel zoekt een plek om samen te zijn, geen conflict.',
      inzichten: 'Handhaving alleen verplaatst het probleem; samen met het jongerenwerk een alternatief zoeken.',
    }),
    'doei',
  ).work;
  return work;
}

/** Every template with sample data; `cards` is only handed to the step module's outcome section. */
export async function cardSamples(shared: Catalog, cards: CardRenderer): Promise<CardSample[]> {
  const t = problemCatalog(shared);
  const agenda = agendaFor(2, t);
  const base = project();
  const open = withStepTwo(base);
  const list = problems();
  const overview = overviewOf(list);
  const work = prioritisation(list);
  const meetingAt = new Date('2026-11-20T13:00:00Z');
  const planned = must(planMeeting(open, 2, agendaKeys(2), meetingAt, chair, NOW), 'plan meeting').project;
  let live = must(startMeeting(planned, 2, agendaKeys(2), chair, meetingAt), 'start meeting').project;
  const outcomes = [
    'Iedereen aanwezig behalve het openbaar vervoer (bericht van verhindering).',
    'Acht problemen in vier clusters: hangjongeren, fietsendiefstal, onderdoorgang, vernieling en zwerfvuil.',
    'De slechte verlichting in de onderdoorgang werkt de overlast door jongeren in de hand.',
  ];
  agendaKeys(2)
    .slice(0, outcomes.length)
    .forEach((key, i) => {
      live = must(completeItem(live, 2, key, outcomes[i] ?? '', chair, new Date(meetingAt.getTime() + (i + 1) * 10 * 60_000)), key).project;
    });
  const voters = partners.map(([person]) => ({ key: personKey(person), name: person.name }));
  let round = must(openRound(work, '3', list, meetingAt), 'open round');
  const picks = ['cluster-1', 'cluster-2', 'cluster-1', 'cluster-3', 'cluster-2', 'cluster-1', 'cluster-3', 'cluster-4'];
  picks.forEach((cluster, i) => {
    round = must(castVote(round, voters[i % voters.length] ?? chair, cluster, meetingAt), `vote ${i}`);
  });
  let fixed = must(fixList(must(closeRound(round, meetingAt), 'close round'), ['Hangjongeren en intimidatie', 'Fietsendiefstal', 'Onveilige onderdoorgang'], list, chair, meetingAt), 'fix list');
  for (const voter of voters.slice(0, 4)) fixed = must(endorse(fixed, voter, meetingAt), `endorse ${voter.name}`);
  // The record keeps the meeting's work under its items; the last items were not reached.
  const recorded = problemMeetingWork(t, fixed, list, 6);
  const closed = must(closeMeeting(live, 2, chair, new Date(meetingAt.getTime() + 90 * 60_000), recorded, true), 'close meeting').meeting;
  const priorities = { items: priorityItems(fixed), endorsed: 4, participants: 6, fixedByName: leader.name, endorsedBy: voters.slice(0, 4).map((v) => v.name) };
  // The outcome section only reads the meeting; it needs no store.
  const section = await PROBLEMS_MODULE.outcomeSection?.({ deps: undefined as never, cards, t }, open, { ...closed, priorities } as Meeting);
  const firstCluster = work.clusters[0];
  if (!firstCluster) throw new Error('sample data: no cluster');

  return [
    { template: 'welcome', caption: 'welkom wanneer de bot aan een team wordt toegevoegd', view: toWelcomeView(t) },
    { template: 'help', caption: 'de opdrachten voor de projectleider', view: toHelpView(t, 'leader', ALL_COMMANDS) },
    { template: 'profile-form', caption: 'het projectprofiel invullen (stap 1)', view: toProfileFormView(t, base) },
    { template: 'profile', caption: 'het projectprofiel, zoals de projectleider het ziet', view: toProfileView(t, base, true) },
    { template: 'participants', caption: 'deelnemers met organisatie en rol', view: toParticipantsViews(t, base.participants)[0] ?? {} },
    { template: 'organisation-form', caption: 'de vraag voor welke organisatie je meedoet', view: toOrganisationFormView(t, { projectId: base.id, personName: 'Sanne de Boer', projectName: 'Overlast Stationsplein' }) },
    { template: 'documents', caption: 'gedeelde documenten', view: toDocumentsViews(t, documents())[0] ?? {} },
    { template: 'step-opened', caption: 'stap 2 is geopend, met deadline en de knop Probleem invoeren', view: toStepOpenedView(t, open.id, open.steps.find((s) => s.number === 2) ?? open.steps[1]!, PROBLEMS_MODULE.stepCardButtons?.(t)) },
    { template: 'problem-form', caption: 'een probleem invoeren en typeren, met de extra typering van de projectleider', view: toProblemFormView(t, open.id, {}, [], '', { criteria: CRITERIA }) },
    { template: 'my-problems', caption: 'je eigen problemen, te wijzigen tot de deadline', view: toMyProblemsView(t, { projectId: open.id, problems: list.slice(0, 2), criteria: CRITERIA, editable: true }) },
    { template: 'status', caption: 'de status van alle zes stappen', view: toStatusView(t, open, new Map([[2, { participantsWithInput: 4 }]]), new Set([2])) },
    { template: 'problem-summary', caption: 'de lijst van stap 2: aantallen per typering en de risicomatrix', view: toProblemSummaryView(t, 'Overlast Stationsplein', overview) },
    { template: 'problem-page', caption: 'de geordende lijst van problemen', view: toProblemPageViews(t, overview.ordered)[0] ?? {} },
    { template: 'meeting-preview', caption: 'de aankondiging van het overleg met de invoer tot nu toe', view: toPreMeetingView(t, planned, 2, { entries: list.length, participantsWithInput: 5, participants: 6 }, 24, agenda) },
    { template: 'meeting-agenda', caption: 'de live agenda tijdens het prioriteringsoverleg', view: toMeetingAgendaView(t, live, 2, currentMeeting(live, 2), agenda) },
    {
      template: 'meeting-close-confirm',
      caption: 'de vraag of het overleg dicht mag terwijl er agendapunten niet besproken zijn',
      view: toCloseConfirmView(t, open.id, currentMeeting(live, 2) ?? closed, agenda, {}),
    },
    { template: 'cluster-overview', caption: 'clusters met hun problemen en oorzaak → gevolg', view: toClusterOverviewView(t, work, list, live) },
    { template: 'cluster-form', caption: 'problemen bundelen door ze aan te vinken', view: toClusterFormView(t, open.id, work, list) },
    { template: 'cluster-doei', caption: 'Data, Onderzoek, Ervaringen en Inzichten van een cluster', view: toDoeiFormView(t, open.id, firstCluster) },
    { template: 'vote-round', caption: 'de stemronde: iedereen verdeelt drie stemmen', view: toVoteRoundView(t, open, round, list) },
    { template: 'priority-list', caption: 'de prioriteitenlijst, te onderschrijven door de deelnemers', view: toPriorityListView(t, open, fixed) },
    { template: 'meeting-outcome', caption: 'de vastgelegde uitkomst van het overleg', view: toMeetingOutcomeView(t, closed, agenda, section) },
    ...stepThreeFourSamples(shared, base),
    ...stepFiveSixSamples(shared, base),
  ];
}
