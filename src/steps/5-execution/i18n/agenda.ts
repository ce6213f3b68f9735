import type { AgendaDeclaration } from '../../step-module';

/** The proposed agenda of the step 5 meeting (the step 5 page of the manual), in the manual's order and words, shortened. */
export const EXECUTION_AGENDA: AgendaDeclaration = {
  keys: ['opening', 'measures', 'executionMatrix', 'costs', 'capacity', 'approval', 'missingData', 'aobNextDate'],
  texts: {
    nl: {
      titles: {
        opening: 'Opening en mededelingen',
        measures: 'Welke maatregelen worden werkelijk uitgevoerd?',
        executionMatrix: 'Uitvoeringsmatrix: wie doet wat, hoe en wanneer?',
        costs: 'Kostenoverzicht en financiering',
        capacity: 'Capaciteitsoverzicht (uren of fte)',
        approval: 'Besluit en akkoord van de opdrachtgever(s) en betrokken organisaties',
        missingData: 'Gegevens die nog ontbreken',
        aobNextDate: 'Rondvraag en afspreken nieuwe datum',
      },
      details: {
        measures: 'Het totaal aan maatregelen vaststellen, na de problemen, doelen en maatregelen van stap 4.',
        executionMatrix: 'Per maatregel de werkwijze: een samenvatting van de maatregel of actie.',
        costs: 'Wat kost elke maatregel en hoe wordt die gefinancierd?',
        capacity: 'Hoeveel uren of fte zet iedere deelnemer in voor elke maatregel?',
        approval: 'Vooral nodig bij extra inzet en extra middelen.',
        missingData: 'Welke kosten, inzet en dergelijke worden pas na het overleg bekend, en wanneer levert wie ze aan de projectleider?',
      },
    },
    en: {
      titles: {
        opening: 'Opening and announcements',
        measures: 'Which measures will really be carried out?',
        executionMatrix: 'Execution matrix: who does what, how and when?',
        costs: 'Cost overview and funding',
        capacity: 'Capacity overview (hours or FTE)',
        approval: 'Decision and approval of the commissioner(s) and organisations involved',
        missingData: 'Data still missing',
        aobNextDate: 'Any other business and the next date',
      },
      details: {
        measures: 'Settle the full set of measures, after the problems, goals and measures of step 4.',
        executionMatrix: 'The approach for each measure: a summary of the measure or action.',
        costs: 'What does each measure cost and how is it funded?',
        capacity: 'How many hours or FTE does each participant spend on each measure?',
        approval: 'Needed above all for extra effort and extra resources.',
        missingData: 'Which costs, effort and the like become known only after the meeting, and who sends them to the project leader when?',
      },
    },
  },
};
