import { prioritisationNl } from './prioritisation.nl';
import { problemListNl } from './problem-list.nl';

/** Step 2's own texts in Dutch; every other language has exactly these keys. */
export const problemsNl = {
  problems: {
    enterButton: 'Probleem invoeren',
    formTitle: 'Een probleem invoeren (stap 2)',
    formIntro: 'Beschrijf één probleem dat jij ziet en typeer het. Je kunt er zoveel invoeren als je wilt. Noem geen individuele burgers: geen namen, adressen of kentekens.',
    description: 'Korte omschrijving van het probleem',
    likelihood: 'Risicokans',
    consequences: 'Aard van de gevolgen',
    priority: 'Prioriteit',
    levels: { hoog: 'Hoog', midden: 'Midden', laag: 'Laag' },
    consequenceKinds: { personen: 'Personen', objecten: 'Objecten', beide: 'Beide' },
    save: 'Opslaan',
    another: 'Nog een probleem invoeren',
    saved: (description: string) => `Je probleem is opgeslagen: “${description}”.`,
    errors: {
      required: 'Vul dit in.',
      tooLong: 'Gebruik hoogstens 500 tekens.',
      notAllowed: 'Kies een van de mogelijkheden.',
    },
    inputClosed: (when: string) => `De invoer voor stap 2 is gesloten (deadline ${when}). Er is niets opgeslagen.`,
    inputNotOpen: (status: string) => `Stap 2 is nu ${status}: invoeren kan niet. Er is niets opgeslagen.`,
    mineButton: 'Mijn problemen',
    mineTyped: 'Je eigen problemen laat ik alleen aan jou zien, niet in het kanaal: kies hieronder Mijn problemen.',
    mineNotOpen: 'Stap 2 is nog niet geopend: je ziet en wijzigt je problemen zodra de projectleider stap 2 opent.',
    mineTitle: (count: number) => `Mijn problemen (stap 2): ${count}`,
    mineIntro: 'Alleen jij ziet je eigen invoer. Je kunt die wijzigen of verwijderen tot de deadline.',
    mineEmpty: 'Je hebt nog geen problemen ingevoerd.',
    mineClosed: 'De invoer van stap 2 is gesloten: wijzigen en verwijderen kan niet meer.',
    mineBeforeOpen: 'Stap 2 is nog niet geopend: wijzigen en verwijderen kan zodra de projectleider stap 2 opent.',
    carried: (rank: number) => `Uit de vorige cyclus: nummer ${rank} op de prioriteitenlijst`,
    minePage: (page: number, pages: number) => `Pagina ${page} van ${pages}`,
    previousPage: 'Vorige',
    nextPage: 'Volgende',
    edit: 'Wijzigen',
    delete: 'Verwijderen',
    editTitle: 'Je probleem wijzigen (stap 2)',
    editIntro: 'Pas je probleem aan en sla het op. Het blijft één probleem. Noem geen individuele burgers: geen namen, adressen of kentekens.',
    typingLine: (likelihood: string, consequences: string, priority: string) =>
      `Risicokans: ${likelihood} · Gevolgen: ${consequences} · Prioriteit: ${priority}`,
    changed: (description: string) => `Je probleem is gewijzigd: “${description}”.`,
    changedMeanwhile: (fields: string) =>
      `Niet opgeslagen: dit probleem is intussen ook gewijzigd (vanaf een andere kaart), juist wat jij ook wijzigde: ${fields}. Hieronder staat het zoals het nu is; pas het opnieuw aan en sla op.`,
    deleted: (description: string) => `Je probleem is verwijderd: “${description}”.`,
    gone: 'Dit probleem bestaat niet (meer) in dit project; misschien heb je het al verwijderd. Er is niets veranderd.',
    notAuthor: 'Dit probleem is door iemand anders ingevoerd. Alleen wie een probleem invoerde, kan het wijzigen of verwijderen. Er is niets veranderd.',
    duplicate: 'Je hebt al een probleem met deze omschrijving. Pas de tekst aan, of verwijder het probleem dat je niet meer wilt. Er is niets opgeslagen.',
    changeClosed: (when: string) => `De invoer voor stap 2 is gesloten (deadline ${when}): wijzigen en verwijderen kan niet meer. Er is niets veranderd.`,
    changeNotOpen: (status: string) => `Stap 2 is nu ${status}: wijzigen en verwijderen kan niet. Er is niets veranderd.`,
    criteria: {
      added: (name: string, values: string) => `Criterium “${name}” is toegevoegd met de waarden ${values}. Het staat vanaf nu op het invoerformulier van stap 2.`,
      removed: (name: string) =>
        `Criterium “${name}” is verwijderd en staat niet meer op het formulier. Waarden die al zijn ingevoerd, blijven bewaard maar worden niet meer getoond.`,
      unknown: (name: string, existing: string) => `Er is geen criterium “${name}”. Bestaande criteria: ${existing}. Er is niets veranderd.`,
      none: 'geen',
      fixed: (status: string) => `De criteria van stap 2 liggen vast, want stap 2 is ${status}. Er is niets veranderd.`,
      example: 'Voorbeeld: criterium toevoegen Tijdstip: overdag, avond, nacht. Er is niets veranderd.',
      refused: {
        format: 'Geef een naam, een dubbele punt en de waarden met komma’s ertussen.',
        nameLength: 'De naam van een criterium is 1 tot 40 tekens lang.',
        valueLength: 'Elke waarde is 1 tot 40 tekens lang.',
        tooFewValues: 'Geef minstens 2 verschillende waarden.',
        tooManyValues: 'Geef hoogstens 8 waarden.',
        duplicateValues: 'Elke waarde mag maar één keer voorkomen.',
        duplicateName: 'Er is al een criterium met die naam.',
        tooMany: 'Er zijn al twee extra criteria; meer kan niet. Verwijder er eerst een met: criterium verwijderen <naam>.',
      },
    },
  },
  problemList: problemListNl,
  prioritisation: prioritisationNl,
};

export type ProblemTexts = typeof problemsNl;
