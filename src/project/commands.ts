import { z } from 'zod';
import { cardAction, cardFields } from '../platform/card-action';
import { command, noArguments } from '../platform/command';
import type { ProjectPhase } from '../kernel/steps';
import { documentCommand, documentsCommand } from './routes/document-routes';
import { helpCommand } from './routes/help-routes';
import {
  addParticipantsCommand, participantsCommand, removeParticipantsCommand, saveOrganisationAction, saveOrganisationReplies,
} from './routes/participant-routes';
import { editProfileAction, newProjectCommand, profileCommand, saveProfileAction } from './routes/project-routes';
import { personalLanguageCommand, projectLanguageCommand } from './routes/language-routes';

/** Setting the project up (profile, people, documents, language): until the first step after the profile opens. */
const settingUp = ({ step, status }: ProjectPhase): boolean => step === 1 || (step === 2 && status === 'notOpen');

const someText = (rest: string): { typed: string } | undefined => (rest === '' ? undefined : { typed: rest });

/** Step 1 and the project itself: profile, participants, organisations, documents, help (S1.1–S1.3). */
export const PROJECT_COMMANDS = [
  command({
    name: 'newProject',
    phrases: { nl: ['nieuw project'], en: ['new project'] },
    audience: 'noProject',
    parse: (rest) => ({ projectName: rest }),
    help: {
      nl: ['nieuw project [naam]', 'Start een project in dit kanaal; jij wordt projectleider.'],
      en: ['new project [name]', 'Start a project in this channel; you become its project leader.'],
    },
    noFollowUp: true,
    handle: (turn, { projectName }) => newProjectCommand(turn, projectName),
  }),
  command({
    name: 'profile',
    phrases: { nl: ['profiel', 'projectprofiel'], en: ['profile'] },
    audience: 'participants',
    fits: settingUp,
    parse: noArguments,
    help: { nl: ['profiel', 'Toon het projectprofiel (stap 1).'], en: ['profile', 'Show the project profile (step 1).'] },
    handle: profileCommand,
  }),
  command({
    name: 'participants',
    phrases: { nl: ['deelnemers'], en: ['participants'] },
    audience: 'participants',
    fits: settingUp,
    parse: noArguments,
    help: {
      nl: ['deelnemers', 'Toon de deelnemers met organisatie en rol.'],
      en: ['participants', 'Show the participants with organisation and role.'],
    },
    handle: participantsCommand,
  }),
  command({
    name: 'addParticipant',
    phrases: { nl: ['deelnemer toevoegen', 'deelnemers toevoegen'], en: ['add participant', 'add participants'] },
    audience: 'leader',
    fits: settingUp,
    parse: noArguments,
    help: {
      nl: ['deelnemer toevoegen @naam', 'Meld een of meer collega’s aan als deelnemer.'],
      en: ['add participant @name', 'Register one or more colleagues as participants.'],
    },
    handle: addParticipantsCommand,
  }),
  command({
    name: 'removeParticipant',
    phrases: { nl: ['deelnemer verwijderen'], en: ['remove participant'] },
    audience: 'leader',
    fits: settingUp,
    parse: noArguments,
    help: {
      nl: ['deelnemer verwijderen @naam', 'Haal een deelnemer uit het project.'],
      en: ['remove participant @name', 'Remove a participant from the project.'],
    },
    handle: removeParticipantsCommand,
  }),
  command({
    name: 'organisation',
    phrases: { nl: ['organisatie'], en: ['organisation', 'organization'] },
    audience: 'participants',
    fits: () => false,
    parse: (rest) => ({ organisation: rest }),
    help: {
      nl: ['organisatie <naam>', 'Geef op voor welke organisatie je meedoet.'],
      en: ['organisation <name>', 'Say which organisation you take part for.'],
    },
    noFollowUp: true,
    handle: (turn, { organisation }) => saveOrganisationReplies(turn, organisation),
  }),
  command({
    name: 'document',
    phrases: { nl: ['document'], en: [] },
    audience: 'participants',
    fits: settingUp,
    parse: (rest) => ({ argument: rest }),
    help: {
      nl: ['document <link> <titel>', 'Voeg een document toe; of stuur een bestand mee met @Veiligheidsplanner document.'],
      en: ['document <link> <title>', 'Add a document; or attach a file to @Veiligheidsplanner document.'],
    },
    handle: (turn, { argument }) => documentCommand(turn, argument),
  }),
  command({
    name: 'documents',
    phrases: { nl: ['documenten'], en: ['documents'] },
    audience: 'participants',
    fits: settingUp,
    parse: noArguments,
    help: { nl: ['documenten', 'Toon alle documenten van de projectgroep.'], en: ['documents', 'Show all documents of the project group.'] },
    handle: documentsCommand,
  }),
  command({
    name: 'projectLanguage',
    phrases: { nl: ['taal'], en: ['language'] },
    audience: 'leader',
    fits: settingUp,
    parse: someText,
    help: {
      nl: ['taal <nederlands of engels>', 'Kies de taal van het project: berichten in het kanaal, herinneringen en lijsten.'],
      en: ['language <dutch or english>', 'Choose the language of the project: channel posts, reminders and lists.'],
    },
    noFollowUp: true,
    handle: (turn, { typed }) => projectLanguageCommand(turn, typed),
  }),
  command({
    name: 'personalLanguage',
    phrases: { nl: ['mijn taal'], en: ['my language'] },
    audience: 'participants',
    fits: () => false,
    parse: someText,
    help: {
      nl: ['mijn taal <nederlands, engels of project>', 'Kies de taal van wat alleen jij ziet: antwoorden op je eigen knoppen en persoonlijke berichten.'],
      en: ['my language <dutch, english or project>', 'Choose the language of what only you see: answers to your own buttons and personal messages.'],
    },
    noFollowUp: true,
    handle: (turn, { typed }) => personalLanguageCommand(turn, typed),
  }),
];

/** Help comes last in every list; empty text and anything not understood get it too. */
export const HELP_COMMAND = command({
  name: 'help',
  phrases: { nl: ['help', 'hulp', '?'], en: [] },
  audience: 'everyone',
  parse: noArguments,
  help: { nl: ['help', 'Toon deze lijst.'], en: ['help', 'Show this list.'] },
  handle: helpCommand,
});

export const PROJECT_CARD_ACTIONS = [
  cardAction({ verb: 'profile.edit', schema: z.object({ projectId: cardFields.projectId }), handle: editProfileAction }),
  cardAction({
    verb: 'profile.save',
    sendsInputs: true,
    schema: z.object({
      projectId: cardFields.projectId,
      name: cardFields.text,
      commissioner: cardFields.text,
      startDate: cardFields.text,
      plannedEndDate: cardFields.text,
      description: cardFields.text,
      opened: cardFields.text,
    }),
    handle: saveProfileAction,
  }),
  cardAction({ verb: 'organisation.save', sendsInputs: true, inPersonalChat: true, schema: z.object({ projectId: cardFields.projectId, organisation: cardFields.text }), handle: saveOrganisationAction }),
];
