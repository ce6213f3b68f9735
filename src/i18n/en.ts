import type { Catalog } from './nl';

/** English: the same texts for people whose Teams speaks English. */
export const en: Catalog = {
  locale: 'en',
  dateLocale: 'en-GB',
  botName: 'Veiligheidsplanner',
  notFilledIn: 'not filled in yet',
  roles: { leader: 'project leader', participant: 'participant' },
  welcome: {
    title: 'Hello, I am the Veiligheidsplanner',
    intro:
      'I help a municipality and its partners tackle one local safety problem together, in six fixed steps: project profile, what is the problem, what do we already do, what do we want to achieve, what will we do and what have we achieved.',
    howToStart:
      'Start a project in this channel with **@Veiligheidsplanner new project**. Whoever does so becomes the project leader. Type **@Veiligheidsplanner help** for all commands.',
  },
  help: {
    title: 'What can I do for you?',
    intro: (role: string) => `You are ${role} in this project. These are your commands (always start with @Veiligheidsplanner):`,
    introNoProject: 'There is no project in this channel yet. This is what you can do (always start with @Veiligheidsplanner):',
    commands: {
      newProject: ['new project [name]', 'Start a project in this channel; you become its project leader.'],
      profile: ['profile', 'Show the project profile (step 1).'],
      participants: ['participants', 'Show the participants with organisation and role.'],
      addParticipant: ['add participant @name', 'Register one or more colleagues as participants.'],
      removeParticipant: ['remove participant @name', 'Remove a participant from the project.'],
      organisation: ['organisation <name>', 'Say which organisation you take part for.'],
      document: ['document <link> <title>', 'Add a document; or attach a file to @Veiligheidsplanner document.'],
      documents: ['documents', 'Show all documents of the project group.'],
      help: ['help', 'Show this list.'],
    },
  },
  profile: {
    title: 'Project profile',
    formTitle: 'Fill in the project profile',
    formIntro: 'Step 1: describe the project. Only the name is required; you can complete the rest later.',
    name: 'Project name',
    commissioner: 'Commissioner',
    commissionerPlaceholder: 'for example the mayor or the police chief',
    startDate: 'Start date',
    plannedEndDate: 'Planned end date',
    description: 'Short description of the task of the project group',
    leader: 'Project leader',
    save: 'Save',
    edit: 'Edit profile',
    saved: 'The project profile has been saved.',
    empty: 'The project profile has not been filled in yet.',
    errors: {
      required: 'Please fill in this field.',
      tooLong: (max: number) => `Use at most ${max} characters.`,
      unreadableDate: 'I cannot read this date. Write for example 15-12-2026.',
      endBeforeStart: 'The planned end date is before the start date.',
      summary: 'Not saved: please correct the fields marked below.',
    },
  },
  project: {
    created: (leader: string) =>
      `The project has started. ${leader} is the project leader. Fill in the project profile below and register participants with @Veiligheidsplanner add participant @name.`,
    alreadyActive: (name: string, leader: string) =>
      `This channel already has an active project (${name}, project leader ${leader}). There is one active project per channel; start a new project in another channel.`,
    noProject: 'There is no project in this channel yet. Start one with @Veiligheidsplanner new project.',
    unnamed: 'New project',
  },
  access: {
    notParticipant: (leader: string) =>
      `You are not (yet) a participant in this project. Ask project leader ${leader} to register you.`,
    notLeader: (leader: string) => `Only the project leader (${leader}) can do this.`,
    wrongProject: 'This card belongs to another project than the project of this channel. Nothing was changed.',
    personalChat:
      'I work in the channel of a project. Go to your project’s channel and type @Veiligheidsplanner help there.',
    noIdentity: 'I cannot tell who you are (no Entra ID account). Nothing was changed.',
  },
  participants: {
    title: 'Participants',
    pageTitle: (from: number, to: number, total: number) => `Participants ${from}–${to} of ${total}`,
    name: 'Name',
    organisation: 'Organisation',
    role: 'Role',
    unknownOrganisation: 'not given yet',
    added: (names: string) => `Registered as participant: ${names}.`,
    alreadyIn: (names: string) => `Already taking part: ${names}.`,
    removed: (name: string) => `${name} no longer takes part in this project.`,
    mentionNeeded: 'Mention the colleagues with an @mention, for example: @Veiligheidsplanner add participant @Jan Jansen.',
    notFound: (name: string) => `I could not find ${name} in this team. Is this person a member of the team?`,
    removeNotParticipant: (name: string) => `${name} does not take part in this project.`,
    removeLeader: 'The project leader cannot be removed from the project.',
  },
  organisation: {
    title: 'Which organisation do you take part for?',
    intro: (name: string) =>
      `Welcome to the project, ${name}. In the next steps I will ask what your organisation already does; for that I need to know which organisation you represent.`,
    label: 'Organisation',
    placeholder: 'for example Politie Eenheid Noord-Holland',
    save: 'Save',
    saved: (organisation: string) => `Thank you. You take part on behalf of ${organisation}.`,
    required: 'Please fill in the name of your organisation.',
    tooLong: (max: number) => `Use at most ${max} characters for the organisation.`,
  },
  documents: {
    title: 'Documents of the project group',
    pageTitle: (from: number, to: number, total: number) => `Documents ${from}–${to} of ${total}`,
    none: 'There are no documents yet. Add one with @Veiligheidsplanner document <link> <title>, or attach a file.',
    addedBy: (name: string, when: string) => `added by ${name} on ${when}`,
    added: (title: string) => `Document added: ${title}. Everyone in the project sees it with @Veiligheidsplanner documents.`,
    fileNotDelivered:
      'Teams does not pass files posted in a channel on to bots. Open the file in the Files tab, choose "Copy link" and send: @Veiligheidsplanner document <link> <title>.',
    usage: 'Attach a file, or give a link and a title: @Veiligheidsplanner document https://… Neighbourhood walk report.',
    errors: {
      titleRequired: 'Please give the document a title too, for example: document https://… Neighbourhood walk report.',
      titleTooLong: (max: number) => `The title may have at most ${max} characters.`,
      urlInvalid: 'This is not a valid link. Use an address that starts with https://.',
      urlTooLong: (max: number) => `The link may have at most ${max} characters.`,
    },
  },
  input: {
    unknownAction: 'I do not know this card or button (any more). Nothing was changed. Type @Veiligheidsplanner help for the commands.',
    invalidCard: 'The data of this card is incomplete or invalid. Nothing was changed.',
    tooLong: (max: number) => `This message is too long (at most ${max} characters). Nothing was changed.`,
    conflict: 'Someone else changed the project at the same moment. Please try again.',
  },
  errors: {
    unexpected: (reference: string) =>
      `Something went wrong while processing your message. Please try again; if it keeps failing, give reference ${reference} to the administrator.`,
  },
};
