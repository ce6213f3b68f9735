/** Step 6's own texts in Dutch; every other language has exactly these keys. */
export const evaluationStepNl = {
  unchanged: 'Er is niets veranderd.',
  progressRefused: {
    format: 'Schrijf: @Veiligheidsplanner voortgang invoeren <doel> <waarde> [op <datum>] [| <notitie>], bijvoorbeeld: voortgang invoeren 1 30 | minder meldingen na de zomer.',
    unknownGoal: (text: string) => `Doel “${text}” bestaat niet. Kijk bij @Veiligheidsplanner doelen welke nummers er zijn.`,
    noAgreement: (goal: number) => `Voor doel ${goal} is geen monitoringafspraak gemaakt; zie @Veiligheidsplanner monitoring.`,
    notYours: (goal: number, names: string) => `De voortgang van doel ${goal} wordt volgens de afspraak ingevoerd door ${names} (of de projectleider).`,
    notANumber: (text: string) => `“${text}” is geen getal. Voer de gemeten waarde in als getal, bijvoorbeeld 30 of 7,5.`,
    badDate: (text: string) => `“${text}” is geen geldige datum. Schrijf bijvoorbeeld 31-03-2027.`,
    future: 'Die datum ligt in de toekomst: voer alleen gemeten waarden in.',
  },
  progressSaved: (goal: number, value: string, date: string, missing: string) =>
    `Voortgang van doel ${goal} opgeslagen: ${value} op ${date}.${missing ? ` Nog niet ingevoerd: ${missing}.` : ''}`,
  progress: {
    title: 'Voortgang per doel (stap 6)',
    intro: (today: string) => `De gemeten waarden tegenover de beginwaarde en de streefwaarde, stand ${today}.`,
    empty: 'Er zijn nog geen doelen.',
    heading: (number: number, what: string) => `Doel ${number}: ${what}`,
    target: (indicator: string, start: string, target: string, date: string) => `${indicator}: beginwaarde ${start}, streefwaarde ${target} vóór ${date}`,
    latest: (value: string, date: string, percent: string) => `Laatst gemeten: ${value} op ${date}${percent}`,
    percent: (value: number) => ` (${value}% van de weg naar de streefwaarde)`,
    none: 'Nog geen gemeten waarden.',
    entry: (date: string, value: string, by: string, note: string) => `${date}: ${value} (${by})${note ? ` — ${note}` : ''}`,
    missing: (name: string, dates: string) => `Ontbreekt van ${name}: ${dates}`,
    noAgreement: 'Geen monitoringafspraak voor dit doel.',
    footer: 'Wie een monitoringafspraak heeft, voert in met @Veiligheidsplanner voortgang invoeren <doel> <waarde> [op <datum>] [| <notitie>].',
  },
  reminders: {
    due: (name: string, goal: number, what: string, date: string, project: string) =>
      `Hallo ${name}, vandaag (${date}) is het tijd om de voortgang van doel ${goal} in te voeren voor ${project}: ${what}. Schrijf in het kanaal: @Veiligheidsplanner voortgang invoeren ${goal} <waarde>.`,
    overdue: (name: string, goal: number, what: string, date: string, project: string) =>
      `Hallo ${name}, de voortgang van doel ${goal} voor ${date} ontbreekt nog bij ${project}: ${what}. Voer die alsnog in met @Veiligheidsplanner voortgang invoeren ${goal} <waarde> op <datum>.`,
  },
  evaluationRefused: {
    format: 'Schrijf: @Veiligheidsplanner evaluatie <doel> | bereikt of niet bereikt | <hoe gemeten> | tevreden of niet tevreden | <waarom>.',
    unknownGoal: (text: string) => `Doel “${text}” bestaat niet; alleen doelen van stap 4 kunnen worden geëvalueerd. Kijk bij @Veiligheidsplanner doelen.`,
    reached: (text: string) => `“${text}”: schrijf bereikt of niet bereikt.`,
    satisfied: (text: string) => `“${text}”: schrijf tevreden of niet tevreden.`,
    stepNotOpen: (status: string) => `Stap 6 is nu ${status}: de evaluatie kan pas als stap 6 geopend is.`,
  },
  evaluationSaved: (goal: number, count: number, total: number) => `Evaluatie van doel ${goal} opgeslagen (${count} van ${total} doelen geëvalueerd).`,
  yes: { reached: ['bereikt', 'ja', 'reached', 'yes'], notReached: ['niet bereikt', 'nee', 'not reached', 'no'], satisfied: ['tevreden', 'ja', 'satisfied', 'yes'], notSatisfied: ['niet tevreden', 'ontevreden', 'nee', 'not satisfied', 'no'] },
  table: {
    title: 'Evaluatie per doel: het resultaat van het project',
    intro: (project: string) => `${project}: per doel bereikt of niet en hoe gemeten, tevreden of niet en waarom.`,
    heading: (number: number, what: string) => `Doel ${number}: ${what}`,
    reached: (yes: boolean, how: string) => `${yes ? 'Bereikt' : 'Niet bereikt'} — gemeten: ${how}`,
    satisfied: (yes: boolean, why: string) => `${yes ? 'Tevreden' : 'Niet tevreden'} — ${why}`,
    open: 'Nog niet geëvalueerd.',
    summary: (reached: number, total: number) => `${reached} van ${total} doelen bereikt.`,
    footer: 'De projectleider vult de tabel na het evaluatieoverleg in met @Veiligheidsplanner evaluatie <doel> | bereikt | <hoe gemeten> | tevreden | <waarom>.',
  },
  cycle: {
    notLeader: 'Alleen de projectleider kan een nieuwe cyclus starten.',
    notYet: (status: string) => `Een nieuwe cyclus kan pas als stap 6 geopend is (stap 6 is nu ${status}). Er is niets veranderd.`,
    running: (date: string) => `Er loopt al een nieuwe cyclus (gestart op ${date}): die moet eerst zelf stap 6 bereiken. Er is niets veranderd.`,
    started: (name: string, people: number, problems: number, goals: number) =>
      `Nieuwe cyclus gestart: ${name}, met ${people} deelnemers, ${problems} problemen van de prioriteitenlijst en ${goals} niet bereikte ${goals === 1 ? 'doel' : 'doelen'}. De vorige cyclus blijft te lezen met @Veiligheidsplanner vorige cyclus.`,
    name: (name: string, cycle: number) => `${name} (cyclus ${cycle})`,
    none: 'Dit project volgt niet op een eerdere cyclus.',
    title: (name: string) => `Vorige cyclus: ${name}`,
    carried: 'Meegenomen naar deze cyclus',
    problem: (rank: number, name: string) => `Probleem ${rank}: ${name}`,
    openGoal: (what: string, indicator: string, start: string, target: string) => `Niet bereikt doel: ${what} (${indicator}: ${start} → ${target})`,
    footer: 'De evaluatie per doel hierboven is het resultaat van de vorige cyclus.',
  },
  work: {
    goalsReached: (reached: number, total: number) => `${reached} van ${total} doelen bereikt`,
    evaluation: (goal: number, reached: boolean, satisfied: boolean) => `Doel ${goal}: ${reached ? 'bereikt' : 'niet bereikt'}, ${satisfied ? 'tevreden' : 'niet tevreden'}`,
    missing: (count: number) => `${count} afgesproken voortgangsmetingen zijn (nog) niet ingevoerd`,
    newCycle: (by: string) => `Nieuwe cyclus gestart door ${by}`,
  },
};

export type EvaluationStepTexts = typeof evaluationStepNl;
