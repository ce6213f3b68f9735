/** Meetings (overleggen) in Dutch; each step module brings its own agenda texts. */
export const meetingsNl = {
  moreWork: (n: number) => `… en nog ${n} (volledig in de lijsten van de stap)`,
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
  notDiscussedLine: (items: string) => `Niet besproken: ${items}.`,
  confirmTitle: (n: number) => `Overleg stap ${n} afsluiten?`,
  confirmIntro: 'Deze agendapunten zijn nog niet besproken: niet afgerond en er is niets onder vastgelegd.',
  confirmOutro: 'Sluit je het overleg toch af, dan staat in de uitkomst dat ze niet besproken zijn.',
  confirmButton: 'Ja, overleg afsluiten',
  backButton: 'Terug naar de agenda',
  confirmHint: (n: number) => `Of typ @Veiligheidsplanner sluit overleg ${n} toch.`,
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
