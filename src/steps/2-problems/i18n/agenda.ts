import type { AgendaDeclaration } from '../../step-module';

/** The proposed agenda of the step 2 meeting (S2.4), in the manual's order and words, shortened. */
export const PROBLEMS_AGENDA: AgendaDeclaration = {
  keys: ['opening', 'cluster', 'causesEffects', 'evidence', 'prioritise', 'summary', 'nextStep', 'nextDate', 'aob'],
  texts: {
    nl: {
      titles: {
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
      details: {
        cluster: 'Zodat alle deelnemers over hetzelfde spreken.',
        causesEffects: 'Indien mogelijk: welke problemen veroorzaken daaropvolgende problemen?',
        evidence: 'De gegevens, onderzoeken, ervaringen en inzichten van de projectgroepleden bespreken en bundelen, en meenemen bij de afweging van het belang van elk probleem.',
        prioritise: 'De deelnemers bepalen gezamenlijk welke problemen het belangrijkste zijn en als eerste worden aangepakt.',
        nextStep: 'Afspreken wanneer de deelnemers hun huidige maatregelen uiterlijk ingevoerd hebben.',
      },
    },
    en: {
      titles: {
        opening: 'Opening and announcements',
        cluster: 'Clustering the problems',
        causesEffects: 'Separating causes from effects',
        evidence: 'Exploring the problems: Data, Research, Experience and Insights',
        prioritise: 'Prioritising',
        summary: 'Summary and agreement by the project group',
        nextStep: 'Explaining the next step (listing current measures)',
        nextDate: 'Setting the next meeting',
        aob: 'Any other business',
      },
      details: {
        cluster: 'So that all participants talk about the same thing.',
        causesEffects: 'Where possible: which problems cause further problems?',
        evidence: 'Discuss and combine the data, research, experience and insights of the group members, and weigh them when judging how important each problem is.',
        prioritise: 'Together the participants decide which problems matter most and are tackled first.',
        nextStep: 'Agree by when the participants will have entered their current measures.',
      },
    },
  },
};
