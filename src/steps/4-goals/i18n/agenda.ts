import type { AgendaDeclaration } from '../../step-module';

/** The proposed agenda of the step 4 meeting (S4.3), in the manual's order and words, shortened. */
export const GOALS_AGENDA: AgendaDeclaration = {
  keys: ['opening', 'goals', 'assessMeasures', 'extraNeeded', 'extraWhich', 'newParticipants', 'whoWhatWhen', 'ownOrganisations', 'monitoring', 'aobNextDate'],
  texts: {
    nl: {
      titles: {
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
      details: {
        goals: 'Hoe ziet de gewenste situatie eruit? Specifiek, Meetbaar, Acceptabel, Realistisch en Tijdgebonden (SMART).',
        assessMeasures: 'Doen wij gezamenlijk voldoende tegen de belangrijkste problemen om onze doelstelling(en) te bereiken?',
        whoWhatWhen: 'Welke (mogelijke extra) kosten en welke capaciteit worden ingezet?',
        ownOrganisations: 'Bij de doelstelling van deze lokale veiligheidsaanpak.',
        monitoring: 'Wanneer en welke gegevens iedere deelnemer gaat invoeren.',
      },
    },
    en: {
      titles: {
        opening: 'Opening and announcements',
        goals: 'Goals: what do we want to achieve, and by when?',
        assessMeasures: 'Assessing the measures entered',
        extraNeeded: 'Are additional measures needed: yes/no?',
        extraWhich: 'If so, which extra measures, and who will carry them out?',
        newParticipants: 'Do the new measures require new participants in the project group?',
        whoWhatWhen: 'Agreeing who does what and when, with costs and capacity',
        ownOrganisations: 'Agreements on involving constituencies and our own organisations',
        monitoring: 'Agreements on entering progress data (monitoring)',
        aobNextDate: 'Any other business and the next date',
      },
      details: {
        goals: 'What does the desired situation look like? Specific, Measurable, Acceptable, Realistic and Time-bound (SMART).',
        assessMeasures: 'Are we together doing enough against the main problems to reach our goal(s)?',
        whoWhatWhen: 'Which (possibly extra) costs and which capacity are used?',
        ownOrganisations: 'In the goal of this local safety approach.',
        monitoring: 'When and which data each participant will enter.',
      },
    },
  },
};
