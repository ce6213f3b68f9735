import type { AgendaKey, MeetingStep } from '../domain/agendas';

type AgendaTexts = { readonly [S in MeetingStep as `step${S}`]: Record<AgendaKey<S>, string> };
type AgendaDetails = { readonly [S in MeetingStep as `step${S}`]: Partial<Record<AgendaKey<S>, string>> };

/** Meetings (overleggen) in Dutch; the agendas in the manual's own words, shortened. */
export const meetingsNl = {
  agendas: {
    step2: {
      opening: 'Opening en mededelingen',
      cluster: 'Clusteren van de problemen',
      causesEffects: 'Onderscheiden van oorzaken en gevolgen',
      evidence: 'Probleemverkenning: Data, Onderzoek, Ervaringen en Inzichten (DOEI)',
      prioritise: 'Prioritering',
      summary: 'Samenvatting en akkoord door de projectgroep',
      nextStep: 'Toelichting op de volgende stap (inventariseren maatregelen)',
      nextDate: 'Maken van de volgende afspraak',
      aob: 'Rondvraag',
    },
    step4: {
      opening: 'Opening en mededelingen',
      goals: 'Doelstelling: wat willen we wanneer bereiken?',
      assessMeasures: 'Beoordelen van de ingevoerde maatregelen',
      extraNeeded: 'Zijn er aanvullende maatregelen nodig: ja/nee?',
      extraWhich: 'Zo ja, welke extra maatregelen, en door wie in te zetten?',
      newParticipants: 'Zijn door de nieuwe maatregelen nieuwe deelnemers aan de projectgroep nodig?',
      whoWhatWhen: 'Vaststellen wie wat doet en wanneer, met kosten en capaciteit',
      ownOrganisations: 'Afspraken over het betrekken van achterbannen en de eigen organisatie',
      monitoring: 'Afspraken over het invoeren van de voortgangsgegevens (monitoring)',
      aobNextDate: 'Rondvraag en afspreken nieuwe datum',
    },
    step5: {
      opening: 'Opening en mededelingen',
      measures: 'Welke maatregelen worden werkelijk uitgevoerd?',
      executionMatrix: 'Uitvoeringsmatrix: wie doet wat, hoe en wanneer?',
      costs: 'Kostenoverzicht en financiering',
      capacity: 'Capaciteitsoverzicht (uren of fte)',
      approval: 'Besluit en akkoord van de opdrachtgever(s) en betrokken organisaties',
      missingData: 'Gegevens die nog ontbreken',
      aobNextDate: 'Rondvraag en afspreken nieuwe datum',
    },
    step6: {
      opening: 'Opening en mededelingen',
      didWeDo: 'Hebben we gedaan wat we hebben afgesproken?',
      improvements: 'Zijn er mogelijke verbeterpunten?',
      goalsReached: 'Hebben we de doelstelling(en) bereikt, en hoe hebben we dat gemeten?',
      satisfied: 'Zijn we tevreden: ja of nee? Waarom wel of niet?',
      cooperation: 'Hoe beoordelen wij onze samenwerking?',
      recommendations: 'Aanbevelingen voor het komende half jaar',
      continueGroup: 'Blijven we als projectgroep bij elkaar komen?',
      newCycle: 'Is er een nieuwe cyclus met de Lokale Veiligheidsplanner nodig voor dit probleem?',
      agreementsAob: 'Afspraken en rondvraag',
    },
  } satisfies AgendaTexts,
  details: {
    step2: {
      cluster: 'Zodat alle deelnemers over hetzelfde spreken.',
      causesEffects: 'Indien mogelijk: welke problemen veroorzaken daaropvolgende problemen?',
      evidence: 'De gegevens, onderzoeken, ervaringen en inzichten van de projectgroepleden bespreken en bundelen, en meenemen bij de afweging van het belang van elk probleem.',
      prioritise: 'De deelnemers bepalen gezamenlijk welke problemen het belangrijkste zijn en als eerste worden aangepakt.',
      nextStep: 'Afspreken wanneer de deelnemers hun huidige maatregelen uiterlijk ingevoerd hebben.',
    },
    step4: {
      goals: 'Hoe ziet de gewenste situatie eruit? Specifiek, Meetbaar, Acceptabel, Realistisch en Tijdgebonden (SMART).',
      assessMeasures: 'Doen wij gezamenlijk voldoende tegen de belangrijkste problemen om onze doelstelling(en) te bereiken?',
      whoWhatWhen: 'Welke (mogelijke extra) kosten en welke capaciteit worden ingezet?',
      ownOrganisations: 'Bij de doelstelling van deze lokale veiligheidsaanpak.',
      monitoring: 'Wanneer en welke gegevens iedere deelnemer gaat invoeren.',
    },
    step5: {
      measures: 'Het totaal aan maatregelen vaststellen, na de problemen, doelen en maatregelen van stap 4.',
      executionMatrix: 'Per maatregel de werkwijze: een samenvatting van de maatregel of actie.',
      costs: 'Wat kost elke maatregel en hoe wordt die gefinancierd?',
      capacity: 'Hoeveel uren of fte zet iedere deelnemer in voor elke maatregel?',
      approval: 'Vooral nodig bij extra inzet en extra middelen.',
      missingData: 'Welke kosten, inzet en dergelijke worden pas na het overleg bekend, en wanneer levert wie ze aan de projectleider?',
    },
    step6: {
      goalsReached: 'Per doelstelling: bereikt of niet, tevreden of niet, en waarom.',
    },
  } satisfies AgendaDetails,
  marks: { done: '✅', open: '⬜', notDiscussed: '➖' },
  title: (n: number, stepTitle: string) => `Overleg stap ${n}: ${stepTitle}`,
  outcomeTitle: (n: number, stepTitle: string) => `Uitkomst overleg stap ${n}: ${stepTitle}`,
  notPlanned: 'Nog niet gepland',
  plannedLine: (when: string) => `Gepland: ${when}`,
  startedLine: (when: string) => `Begonnen: ${when}`,
  heldLine: (when: string) => `Gehouden: ${when}`,
  closedLine: (when: string, name: string) => `Afgesloten ${when} door ${name}`,
  progress: (done: number, total: number) => `${done} van ${total} agendapunten afgerond`,
  heldProgress: (done: number, total: number) => `${done} van ${total} agendapunten besproken`,
  earlierRounds: (count: number) => `Dit is een nieuwe ronde; ${count === 1 ? 'de uitkomst van het eerdere overleg blijft' : `de uitkomsten van ${count} eerdere overleggen blijven`} bewaard.`,
  outcomeLabel: 'Uitkomst en afspraken bij dit agendapunt',
  outcomePlaceholder: 'Wat is besproken en afgesproken?',
  complete: 'Afronden',
  close: 'Overleg afsluiten',
  noOutcome: 'Afgerond zonder notitie.',
  notDiscussed: 'Niet besproken',
  doneBy: (name: string, when: string) => `Afgerond door ${name}, ${when}`,
  planHint: (n: number) => `De projectleider plant het overleg met @Veiligheidsplanner overleg stap ${n} op <datum tijd>.`,
  startHint: (n: number) => `De projectleider start het overleg met @Veiligheidsplanner start overleg ${n}.`,
  runningHint: 'De projectleider werkt de agenda af: bij het huidige punt de uitkomst invullen en Afronden kiezen.',
  preview: {
    title: (n: number, stepTitle: string, hours: number) => `Over ${hours} uur: overleg stap ${n}, ${stepTitle}`,
    entries: 'Bijdragen',
    participantsWithInput: 'Deelnemers met invoer',
    ofTotal: (given: number, total: number) => `${given} van ${total}`,
    agenda: 'Agenda',
  },
  planned: (n: number, when: string) => `Het overleg van stap ${n} is gepland op ${when}.`,
  moved: (n: number, from: string, to: string) => `Het overleg van stap ${n} is verplaatst van ${from} naar ${to}.`,
  started: (n: number) => `Het overleg van stap ${n} is begonnen. De projectleider werkt hieronder de agenda af.`,
  itemDone: (title: string, outcome: string) => `Agendapunt afgerond: ${title} — ${outcome}`,
  itemDoneNoOutcome: (title: string) => `Agendapunt afgerond: ${title}.`,
  closed: (n: number, done: number, total: number) =>
    `Het overleg van stap ${n} is afgesloten: ${done} van ${total} agendapunten besproken, en stap ${n} is afgerond. Iedereen ziet de uitkomst met @Veiligheidsplanner overleg ${n}.`,
  notPlannedYet: (n: number) => `Voor stap ${n} is nog geen overleg gepland. Dit is de voorgestelde agenda.`,
  refusals: {
    noStepNumber: (example: string) =>
      `Geef het nummer van de stap. Overleggen zijn er bij stap 2, 4, 5 en 6, bijvoorbeeld: @Veiligheidsplanner overleg stap 2 op ${example}.`,
    unknownStep: (typed: string) => `Stap ${typed} bestaat niet. Overleggen zijn er bij stap 2, 4, 5 en 6.`,
    noMeetingInStep: (n: number) => `Stap ${n} heeft geen overleg. Overleggen zijn er bij stap 2, 4, 5 en 6.`,
    unreadable: (n: number, example: string) =>
      `Deze datum en tijd kan ik niet lezen. Schrijf bijvoorbeeld: @Veiligheidsplanner overleg stap ${n} op ${example}.`,
    timeRequired: (n: number, example: string) =>
      `Geef ook de tijd van het overleg, bijvoorbeeld: @Veiligheidsplanner overleg stap ${n} op ${example}.`,
    inPast: (example: string) => `Dat moment ligt in het verleden. Kies een moment in de toekomst, bijvoorbeeld ${example}.`,
    nonexistentTime: 'Dat tijdstip bestaat niet: die nacht gaat de klok een uur vooruit (zomertijd). Kies bijvoorbeeld 14:00.',
    tooFar: (example: string) => `Die datum ligt meer dan vijf jaar vooruit. Kies een eerdere datum, bijvoorbeeld ${example}.`,
    beforeDeadline: (n: number, deadline: string, example: string) =>
      `Het overleg moet na de deadline voor de invoer van stap ${n} liggen (${deadline}), zodat alle bijdragen binnen zijn. Kies bijvoorbeeld ${example}.`,
    stepNotOpen: (n: number) => `Stap ${n} is nog niet geopend. Open de stap eerst met @Veiligheidsplanner open stap ${n} tot <datum>.`,
    wrongStatus: (n: number, status: string) => `Dat kan nu niet: stap ${n} is ${status}.`,
    alreadyRunning: (n: number) => `Het overleg van stap ${n} is al begonnen. Toon de agenda met @Veiligheidsplanner overleg ${n}.`,
    alreadyHeld: (n: number) =>
      `Het overleg van stap ${n} is al afgesloten. Toon de uitkomst met @Veiligheidsplanner overleg ${n}; heropen stap ${n} als de groep opnieuw moet overleggen.`,
    noMeeting: (n: number) => `Voor stap ${n} is nog geen overleg gepland of begonnen. Er is niets gewijzigd.`,
    notStarted: (n: number) => `Het overleg van stap ${n} is nog niet begonnen. Start het met @Veiligheidsplanner start overleg ${n}.`,
    notRunning: (n: number) =>
      `Stap ${n} is heropend terwijl het overleg liep. Ga verder met @Veiligheidsplanner start overleg ${n}. Er is niets gewijzigd.`,
    unknownItem: 'Dit agendapunt staat niet op de agenda van dit overleg. Er is niets gewijzigd.',
    itemAlreadyDone: (title: string, name: string, when: string) =>
      `Agendapunt "${title}" was al afgerond door ${name} (${when}). Er is niets gewijzigd.`,
    outcomeTooLong: (max: number) => `De uitkomst mag hoogstens ${max} tekens hebben. Er is niets gewijzigd; kort de tekst in.`,
  },
};

export type MeetingsCatalog = typeof meetingsNl;
