import type { AgendaDeclaration } from '../../step-module';

/** The proposed agenda of the step 6 meeting (S6.2), in the manual's order and words, shortened. */
export const EVALUATION_AGENDA: AgendaDeclaration = {
  keys: ['opening', 'didWeDo', 'improvements', 'goalsReached', 'satisfied', 'cooperation', 'recommendations', 'continueGroup', 'newCycle', 'agreementsAob'],
  texts: {
    nl: {
      titles: {
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
      details: {
        goalsReached: 'Per doelstelling: bereikt of niet, tevreden of niet, en waarom.',
      },
    },
    en: {
      titles: {
        opening: 'Opening and announcements',
        didWeDo: 'Did we do what we agreed?',
        improvements: 'Are there possible improvements?',
        goalsReached: 'Did we reach our goal(s), and how did we measure it?',
        satisfied: 'Are we satisfied: yes or no? Why (not)?',
        cooperation: 'How do we rate our cooperation?',
        recommendations: 'Recommendations for the coming six months',
        continueGroup: 'Will the project group keep meeting?',
        newCycle: 'Is a new cycle of the Lokale Veiligheidsplanner needed for this problem?',
        agreementsAob: 'Agreements and any other business',
      },
      details: {
        goalsReached: 'For each goal: reached or not, satisfied or not, and why.',
      },
    },
  },
};
