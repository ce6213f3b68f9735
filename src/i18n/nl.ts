import { meetingsNl } from './meetings.nl';

/** Dutch: the first language of the bot. Every other catalog has exactly these keys. */
export const nl = {
  locale: 'nl',
  dateLocale: 'nl-NL',
  botName: 'Veiligheidsplanner',
  notFilledIn: 'nog niet ingevuld',
  roles: { leader: 'projectleider', participant: 'deelnemer' },
  welcome: {
    title: 'Hallo, ik ben de Veiligheidsplanner',
    intro:
      'Ik help een gemeente en haar partners om samen één lokaal veiligheidsprobleem aan te pakken, in zes vaste stappen: projectprofiel, wat is het probleem, wat doen wij al, wat willen wij bereiken, wat gaan wij doen en wat hebben wij bereikt.',
    howToStart:
      'Start een project in dit kanaal met @Veiligheidsplanner nieuw project. Wie dat doet, wordt projectleider. Typ @Veiligheidsplanner help voor alle opdrachten.',
    howToStartPersonal:
      'Ik werk in het kanaal van een project. Ga naar het Teams-kanaal van je project (of naar het kanaal waar je er een wilt starten) en typ daar @Veiligheidsplanner help. Hier in de persoonlijke chat krijg je berichten die alleen voor jou zijn, zoals herinneringen.',
  },
  help: {
    title: 'Wat kan ik voor je doen?',
    intro: (role: string) => `Je bent ${role} in dit project. Begin elke opdracht met @Veiligheidsplanner.`,
    introNoProject: 'Er is in dit kanaal nog geen project. Dit kun je doen (begin steeds met @Veiligheidsplanner):',
    nowFitting: (n: number, title: string, status: string) => `Het project is bij stap ${n} (${title}, ${status}); dit past nu:`,
    more: (count: number) => `Alle andere opdrachten (${count})`,
  },
  meetings: meetingsNl,
  steps: {
    titles: {
      1: 'Projectprofiel',
      2: 'Wat is het probleem?',
      3: 'Wat doen wij al?',
      4: 'Wat willen wij bereiken?',
      5: 'Wat gaan wij doen?',
      6: 'Wat hebben wij bereikt?',
    },
    purposes: {
      1: 'Het project omschrijven: projectgegevens, documenten en deelnemers.',
      2: 'Iedere deelnemer geeft online de problemen aan die hij of zij ziet, en typeert ze naar risicokans, aard van de gevolgen en prioriteit. In het overleg stellen we samen de prioriteitenlijst vast.',
      3: 'Iedere deelnemer geeft per prioritair probleem aan wat zijn of haar organisatie nu al doet, en typeert die maatregelen.',
      4: 'In het overleg formuleren we SMART-doelstellingen en beoordelen we samen de huidige maatregelen.',
      5: 'In het overleg leggen we vast wie wat doet, hoe en wanneer, met kosten, capaciteit en het besluit van de opdrachtgever.',
      6: 'We volgen de uitvoering en beoordelen per doelstelling of die bereikt is.',
    },
    statuses: {
      notOpen: 'nog niet geopend',
      open: 'open voor invoer',
      inputClosed: 'invoer gesloten',
      meeting: 'overleg bezig',
      done: 'afgerond',
    },
    stepLabel: (n: number) => `Stap ${n}`,
    openedTitle: (n: number, title: string) => `Stap ${n} is geopend: ${title}`,
    cardTitle: (n: number, title: string) => `Stap ${n}: ${title}`,
    cardClosed: (when: string) => `De invoer is gesloten (deadline ${when}). Je eigen invoer kun je nog bekijken.`,
    cardClosedNoDeadline: 'De invoer is gesloten. Je eigen invoer kun je nog bekijken.',
    cardMeeting: 'De invoer is gesloten; het overleg is bezig.',
    cardDone: 'Deze stap is afgerond.',
    deadlineLine: (when: string) => `Invoer is mogelijk tot ${when}.`,
    noDeadline: 'Er is nog geen deadline.',
    opened: (n: number, when: string) => `Stap ${n} is geopend. Invoer is mogelijk tot ${when}.`,
    extended: (n: number, when: string) => `De deadline van stap ${n} is verlengd tot ${when}.`,
    closed: (n: number) => `De invoer voor stap ${n} is gesloten.`,
    done: (n: number) => `Stap ${n} is afgerond.`,
    reopened: (n: number, reason: string) => `Stap ${n} is heropend. Reden: ${reason}.`,
    reopenedNoDeadline: (n: number) =>
      `Er is nu geen deadline; stel er een in met @Veiligheidsplanner verleng stap ${n} tot <datum>.`,
    reasonLine: (reason: string) => `Reden: ${reason}.`,
    reminderChannel: (n: number, title: string, when: string, missing: number, total: number) =>
      missing === 0
        ? `Herinnering stap ${n} (${title}): de invoer sluit ${when}. Iedereen heeft al iets ingevoerd; aanvullen kan nog.`
        : `Herinnering stap ${n} (${title}): de invoer sluit ${when}. ${missing} van de ${total} deelnemers ${missing === 1 ? 'heeft' : 'hebben'} nog niets ingevoerd; ieder van hen krijgt een persoonlijk bericht.`,
    reminderPersonal: (name: string, n: number, title: string, when: string, project: string) =>
      `Hallo ${name}, voor stap ${n} (${title}) van het project ${project} heb je nog niets ingevoerd. De invoer sluit ${when}. Gebruik de kaart in het kanaal van het project.`,
    closedAtDeadline: (n: number, title: string) =>
      `De deadline van stap ${n} (${title}) is verstreken: de invoer is gesloten.`,
    statusTitle: (project: string) => `Stand van het project: ${project}`,
    statusHeading: (n: number, title: string) => `Stap ${n} · ${title}`,
    deadlineFact: (when: string) => `deadline ${when}`,
    inputCount: (given: number, total: number) => `${given} van de ${total} deelnemers hebben iets ingevoerd`,
    meetingPlanned: (when: string) => `overleg gepland op ${when}`,
    meetingRunning: (when: string) => `overleg bezig sinds ${when}`,
    meetingHeld: (when: string) => `overleg gehouden op ${when}`,
    refusals: {
      unknownStep: (typed: string) => `Stap ${typed} bestaat niet. Kies een stap van 1 tot en met 6.`,
      outOfOrderProfile:
        'Stap 2 kan pas open als stap 1 is afgerond, en dat is zo zodra het projectprofiel is opgeslagen. Toon het met @Veiligheidsplanner profiel, kies Profiel bewerken en sla het op.',
      outOfOrderMeeting: (n: number) =>
        `Stap ${n} kan pas open als stap ${n - 1} is afgerond, en dat is zo zodra het overleg van stap ${n - 1} is afgesloten. De stappen gaan op volgorde.`,
      outOfOrderInput: (n: number) => `Stap ${n} kan pas open als de invoer van stap ${n - 1} is gesloten. De stappen gaan op volgorde.`,
      wrongStatus: (n: number, status: string) => `Dat kan nu niet: stap ${n} is ${status}.`,
      deadlineRequired: (n: number, example: string) => `Geef een deadline, bijvoorbeeld: open stap ${n} tot ${example}.`,
      deadlineInPast: (example: string) => `Die datum ligt in het verleden. Kies een moment in de toekomst, bijvoorbeeld ${example}.`,
      unreadable: (example: string) => `Deze datum kan ik niet lezen. Schrijf bijvoorbeeld ${example}, of zonder tijd (dan geldt 23:59), of “vrijdag 17:00”.`,
      nonexistentTime: 'Dat tijdstip bestaat niet: die nacht gaat de klok een uur vooruit (zomertijd). Kies bijvoorbeeld 03:00.',
      tooFar: 'Die datum ligt meer dan vijf jaar vooruit. Kies een eerdere datum.',
      deadlineAfterMeeting: (when: string) => `De deadline moet vóór het overleg liggen (${when}). Kies een eerder moment of verplaats eerst het overleg.`,
      reasonRequired: (n: number) => `Geef een reden op, bijvoorbeeld: heropen stap ${n} twee partners waren met vakantie.`,
      noMeetingInStep: (n: number) => `Stap ${n} heeft geen overleg; er zijn overleggen bij stap 2, 4, 5 en 6.`,
    },
  },
  profile: {
    title: 'Projectprofiel',
    formTitle: 'Projectprofiel invullen',
    formIntro: 'Stap 1: beschrijf het project. Alleen de naam is verplicht; je kunt alles later aanvullen.',
    name: 'Naam van het project',
    commissioner: 'Opdrachtgever',
    commissionerPlaceholder: 'bijvoorbeeld de burgemeester of de korpschef',
    startDate: 'Startdatum',
    plannedEndDate: 'Geplande einddatum',
    description: 'Beknopte toelichting op de taak van de projectgroep',
    leader: 'Projectleider',
    save: 'Opslaan',
    edit: 'Profiel bewerken',
    saved: 'Het projectprofiel is opgeslagen.',
    savedStepDone: 'Het projectprofiel is opgeslagen. Stap 1 is daarmee afgerond: open stap 2 met @Veiligheidsplanner open stap 2 tot <datum>.',
    empty: 'Het projectprofiel is nog niet ingevuld.',
    changedMeanwhile: (fields: string) =>
      `Niet opgeslagen: iemand anders heeft intussen gewijzigd wat jij ook wijzigde (${fields}). Hieronder staat het profiel zoals het nu is; pas het opnieuw aan en sla op.`,
    errors: {
      required: 'Vul dit veld in.',
      tooLong: (max: number) => `Gebruik hoogstens ${max} tekens.`,
      unreadableDate: 'Deze datum kan ik niet lezen. Schrijf bijvoorbeeld 15-12-2026.',
      endBeforeStart: 'De geplande einddatum ligt vóór de startdatum.',
      summary: 'Niet opgeslagen: verbeter de velden met een melding.',
    },
  },
  project: {
    created: (leader: string) =>
      `Het project is gestart. ${leader} is projectleider. Vul hieronder het projectprofiel in en meld deelnemers aan met @Veiligheidsplanner deelnemer toevoegen @naam.`,
    alreadyActive: (name: string, leader: string) =>
      `Dit kanaal heeft al een actief project (${name}, projectleider ${leader}). Per kanaal is er één actief project; start een nieuw project in een ander kanaal.`,
    alreadyActiveOutsider: (leader: string) =>
      `Dit kanaal heeft al een actief project, waaraan je (nog) niet meedoet. Vraag projectleider ${leader} om je aan te melden. Per kanaal is er één actief project; start een nieuw project in een ander kanaal.`,
    noProject: 'Er is in dit kanaal nog geen project. Start er een met @Veiligheidsplanner nieuw project.',
    unnamed: 'Nieuw project',
  },
  access: {
    notParticipant: (leader: string) =>
      `Je doet (nog) niet mee aan dit project. Vraag projectleider ${leader} om je aan te melden.`,
    notLeader: (leader: string) => `Alleen de projectleider (${leader}) kan dit doen.`,
    wrongProject:
      'Deze kaart hoort bij een ander project dan het project van dit kanaal. Er is niets gewijzigd.',
    personalChat:
      'Ik werk in het kanaal van een project. Ga naar het kanaal van je project en typ daar @Veiligheidsplanner help.',
    noIdentity: 'Ik kan niet vaststellen wie je bent (geen Entra ID-account). Er is niets gewijzigd.',
  },
  participants: {
    title: 'Deelnemers',
    pageTitle: (from: number, to: number, total: number) => `Deelnemers ${from}–${to} van ${total}`,
    name: 'Naam',
    organisation: 'Organisatie',
    role: 'Rol',
    unknownOrganisation: 'nog niet opgegeven',
    added: (names: string) => `Aangemeld als deelnemer: ${names}.`,
    alreadyIn: (names: string) => `Doet al mee: ${names}.`,
    removed: (name: string) => `${name} doet niet meer mee aan dit project.`,
    mentionNeeded: 'Noem de collega’s met een @vermelding, bijvoorbeeld: @Veiligheidsplanner deelnemer toevoegen @Jan Jansen.',
    notFound: (name: string) => `${name} kon ik niet vinden in dit team. Is deze persoon lid van het team?`,
    notFoundMany: (names: string) => `Deze personen kon ik niet vinden in dit team: ${names}. Zijn zij lid van het team?`,
    mentionsIgnored: (max: number, ignored: number) =>
      `Je noemde meer dan ${max} mensen; de laatste ${ignored} heb ik overgeslagen. Noem hen in een volgende opdracht.`,
    removeNotParticipant: (name: string) => `${name} doet niet mee aan dit project.`,
    removeLeader: 'De projectleider kan niet uit het project worden gehaald.',
  },
  organisation: {
    title: 'Voor welke organisatie doe je mee?',
    intro: (name: string, project: string) =>
      `Welkom bij het project ${project}, ${name}. In de volgende stappen vraag ik wat jouw organisatie al doet; daarvoor wil ik weten voor welke organisatie je meedoet. Alleen jij ziet deze vraag.`,
    label: 'Organisatie',
    placeholder: 'bijvoorbeeld Politie Eenheid Noord-Holland',
    save: 'Opslaan',
    saved: (organisation: string) => `Dank je. Je doet mee namens ${organisation}.`,
    required: 'Vul de naam van je organisatie in.',
    tooLong: (max: number) => `Gebruik voor de organisatie hoogstens ${max} tekens.`,
  },
  documents: {
    title: 'Documenten van de projectgroep',
    pageTitle: (from: number, to: number, total: number) => `Documenten ${from}–${to} van ${total}`,
    none: 'Er zijn nog geen documenten. Voeg er een toe met @Veiligheidsplanner document <link> <titel>, of stuur een bestand mee.',
    addedBy: (name: string, when: string) => `toegevoegd door ${name} op ${when}`,
    added: (title: string) => `Document toegevoegd: ${title}. Iedereen in het project ziet het met @Veiligheidsplanner documenten.`,
    fileNotDelivered:
      'Teams geeft bestanden die in een kanaal worden geplaatst niet door aan bots. Open het bestand via het tabblad Bestanden, kies "Koppeling kopiëren" en stuur: @Veiligheidsplanner document <link> <titel>.',
    usage: 'Stuur een bestand mee, of geef een link en een titel: @Veiligheidsplanner document https://… Verslag buurtschouw.',
    errors: {
      titleRequired: 'Geef het document ook een titel, bijvoorbeeld: document https://… Verslag buurtschouw.',
      titleTooLong: (max: number) => `De titel mag hoogstens ${max} tekens hebben.`,
      urlInvalid: 'Dit is geen geldige link. Gebruik een adres dat begint met https://.',
      urlTooLong: (max: number) => `De link mag hoogstens ${max} tekens hebben.`,
    },
  },
  input: {
    unknownAction: 'Deze kaart of knop ken ik niet (meer). Er is niets gewijzigd. Typ @Veiligheidsplanner help voor de opdrachten.',
    invalidCard: 'De gegevens van deze kaart zijn onvolledig of ongeldig. Er is niets gewijzigd.',
    tooLong: (max: number) => `Dit bericht is te lang (hoogstens ${max} tekens). Er is niets gewijzigd.`,
    conflict: 'Iemand anders wijzigde het project op hetzelfde moment. Probeer het nog eens.',
  },
  language: {
    names: { nl: 'Nederlands', en: 'Engels' },
    projectSet:
      'Dit project spreekt nu Nederlands: berichten in het kanaal, herinneringen en lijsten zijn in het Nederlands. Wat alleen jij ziet, kun je in je eigen taal krijgen met @Veiligheidsplanner mijn taal engels.',
    projectAlready: 'Dit project spreekt al Nederlands. Er is niets gewijzigd.',
    unknown: (typed: string) => `De taal “${typed}” ken ik niet. Kies nederlands of engels, bijvoorbeeld: @Veiligheidsplanner taal engels. Er is niets gewijzigd.`,
    unknownPersonal: (typed: string) =>
      `De taal “${typed}” ken ik niet. Kies nederlands, engels of project, bijvoorbeeld: @Veiligheidsplanner mijn taal engels. Er is niets gewijzigd.`,
    personalSet: (name: string, who: string) =>
      `${who} krijgt wat alleen hij of zij ziet (antwoorden op eigen knoppen en persoonlijke berichten) voortaan in het ${name}. Berichten in het kanaal blijven in de taal van het project.`,
    personalFollows: (name: string, who: string) => `${who} krijgt wat alleen hij of zij ziet weer in de taal van het project (${name}).`,
    projectHint:
      'Dit project spreekt Nederlands. De projectleider kiest een andere taal met @Veiligheidsplanner taal engels; wat alleen jij ziet, krijg je in je eigen taal met @Veiligheidsplanner mijn taal engels.',
  },
  errors: {
    unexpected: (reference: string) =>
      `Er ging iets mis bij het verwerken van je bericht. Probeer het opnieuw; blijft het misgaan, geef dan referentie ${reference} door aan de beheerder.`,
  },
};

export type Catalog = typeof nl;
