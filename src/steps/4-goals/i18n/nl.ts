import { assessmentNl } from './assessment.nl';
import { goalsNl } from './goals.nl';
import { monitoringNl } from './monitoring.nl';

/** Step 4's own texts in Dutch; every other language has exactly these keys. */
export const goalStepNl = {
  goals: goalsNl,
  assessment: assessmentNl,
  monitoring: monitoringNl,
  stepNotOpen: (status: string) => `Stap 4 is nu ${status}: doelen, beoordeling en monitoring kunnen pas als stap 4 geopend is. Er is niets veranderd.`,
  notOnList: 'Dit probleem staat niet (meer) op de prioriteitenlijst van stap 2. Er is niets veranderd.',
  work: {
    goal: (number: number, what: string, target: string, date: string) => `Doel ${number}: ${what} (${target} vóór ${date})`,
    assessed: (problem: string, judgement: string) => `${problem}: ${judgement}`,
    extraNeededYes: (problems: number, measures: number) => `Ja: ${measures} extra ${measures === 1 ? 'maatregel' : 'maatregelen'} bij ${problems} ${problems === 1 ? 'probleem' : 'problemen'}`,
    extraNeededNo: 'Nee: de huidige maatregelen volstaan',
    extra: (problem: string, description: string, owner: string) => `${problem}: ${description} (door ${owner})`,
    monitoring: (goal: number, line: string) => `Doel ${goal}: ${line}`,
  },
  outcome: {
    title: 'Doelstellingen (SMART)',
    none: 'Nog geen doelen ingevoerd.',
    footer: 'Iedereen ziet de doelen met @Veiligheidsplanner doelen, de beoordeling met @Veiligheidsplanner beoordeling en de afspraken over de voortgang met @Veiligheidsplanner monitoring.',
  },
};

export type GoalStepTexts = typeof goalStepNl;
