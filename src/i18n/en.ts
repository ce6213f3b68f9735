import { meetingsEn } from './meetings.en';
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
      'Start a project in this channel with @Veiligheidsplanner new project. Whoever does so becomes the project leader. Type @Veiligheidsplanner help for all commands.',
    howToStartPersonal:
      'I work in the channel of a project. Go to your project\'s Teams channel (or to the channel where you want to start one) and type @Veiligheidsplanner help there. Here in the personal chat you get messages meant only for you, such as reminders.',
  },
  help: {
    title: 'What can I do for you?',
    intro: (role: string) => `You are ${role} in this project. Start every command with @Veiligheidsplanner.`,
    introNoProject: 'There is no project in this channel yet. This is what you can do (always start with @Veiligheidsplanner):',
    nowFitting: (n: number, title: string, status: string) => `The project is at step ${n} (${title}, ${status}); this fits now:`,
    more: (count: number) => `All other commands (${count})`,
  },
  meetings: meetingsEn,
  steps: {
    titles: {
      1: 'Project profile',
      2: 'What is the problem?',
      3: 'What do we already do?',
      4: 'What do we want to achieve?',
      5: 'What will we do?',
      6: 'What have we achieved?',
    },
    purposes: {
      1: 'Describe the project: project data, documents and participants.',
      2: 'Every participant enters online the problems they see, typed by likelihood, consequences and priority. In the meeting we agree the priority list together.',
      3: 'Every participant enters, per priority problem, what their organisation already does, and types those measures.',
      4: 'In the meeting we set SMART goals and assess the current measures together.',
      5: 'In the meeting we agree who does what, how and when, with costs, capacity and the commissioner’s decision.',
      6: 'We monitor the execution and assess per goal whether it was reached.',
    },
    statuses: {
      notOpen: 'not opened yet',
      open: 'open for input',
      inputClosed: 'input closed',
      meeting: 'meeting in progress',
      done: 'done',
    },
    stepLabel: (n: number) => `Step ${n}`,
    openedTitle: (n: number, title: string) => `Step ${n} is open: ${title}`,
    cardTitle: (n: number, title: string) => `Step ${n}: ${title}`,
    cardClosed: (when: string) => `Input is closed (deadline ${when}). You can still look at your own input.`,
    cardClosedNoDeadline: 'Input is closed. You can still look at your own input.',
    cardMeeting: 'Input is closed; the meeting is running.',
    cardDone: 'This step is done.',
    deadlineLine: (when: string) => `Input is possible until ${when}.`,
    noDeadline: 'There is no deadline yet.',
    opened: (n: number, when: string) => `Step ${n} is open. Input is possible until ${when}.`,
    extended: (n: number, when: string) => `The deadline of step ${n} has been extended to ${when}.`,
    closed: (n: number) => `Input for step ${n} is closed.`,
    done: (n: number) => `Step ${n} is done.`,
    reopened: (n: number, reason: string) => `Step ${n} has been reopened. Reason: ${reason}.`,
    reopenedNoDeadline: (n: number) => `There is no deadline now; set one with @Veiligheidsplanner extend step ${n} until <date>.`,
    reasonLine: (reason: string) => `Reason: ${reason}.`,
    reminderChannel: (n: number, title: string, when: string, missing: number, total: number) =>
      missing === 0
        ? `Reminder step ${n} (${title}): input closes ${when}. Everyone has entered something; additions are still possible.`
        : `Reminder step ${n} (${title}): input closes ${when}. ${missing} of the ${total} participants ${missing === 1 ? 'has' : 'have'} not entered anything yet; each of them gets a personal message.`,
    reminderPersonal: (name: string, n: number, title: string, when: string, project: string) =>
      `Hello ${name}, you have not entered anything yet for step ${n} (${title}) of the project ${project}. Input closes ${when}. Use the card in the project's channel.`,
    closedAtDeadline: (n: number, title: string) => `The deadline of step ${n} (${title}) has passed: input is closed.`,
    statusTitle: (project: string) => `State of the project: ${project}`,
    statusHeading: (n: number, title: string) => `Step ${n} · ${title}`,
    deadlineFact: (when: string) => `deadline ${when}`,
    inputCount: (given: number, total: number) => `${given} of the ${total} participants have entered something`,
    meetingPlanned: (when: string) => `meeting planned for ${when}`,
    meetingRunning: (when: string) => `meeting running since ${when}`,
    meetingHeld: (when: string) => `meeting held on ${when}`,
    refusals: {
      unknownStep: (typed: string) => `Step ${typed} does not exist. Choose a step from 1 to 6.`,
      outOfOrderProfile:
        'Step 2 can open only when step 1 is done, which it is once the project profile has been saved. Show it with @Veiligheidsplanner profile, choose Edit profile and save it.',
      outOfOrderMeeting: (n: number) =>
        `Step ${n} can open only when step ${n - 1} is done, which it is once the meeting of step ${n - 1} has been closed. Steps go in order.`,
      outOfOrderInput: (n: number) => `Step ${n} can open only when the input of step ${n - 1} has closed. Steps go in order.`,
      wrongStatus: (n: number, status: string) => `That is not possible now: step ${n} is ${status}.`,
      deadlineRequired: (n: number, example: string) => `Give a deadline, for example: open step ${n} until ${example}.`,
      deadlineInPast: (example: string) => `That date is in the past. Choose a moment in the future, for example ${example}.`,
      unreadable: (example: string) => `I cannot read this date. Write for example ${example}, or without a time (then 23:59 applies), or “friday 17:00”.`,
      nonexistentTime: 'That time does not exist: the clocks go forward an hour that night (summer time). Choose for example 03:00.',
      tooFar: 'That date is more than five years ahead. Choose an earlier date.',
      deadlineAfterMeeting: (when: string) => `The deadline must be before the meeting (${when}). Choose an earlier moment or move the meeting first.`,
      reasonRequired: (n: number) => `Give a reason, for example: reopen step ${n} two partners were on holiday.`,
      noMeetingInStep: (n: number) => `Step ${n} has no meeting; there are meetings in steps 2, 4, 5 and 6.`,
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
    savedStepDone: 'The project profile has been saved. Step 1 is now done: open step 2 with @Veiligheidsplanner open step 2 until <date>.',
    empty: 'The project profile has not been filled in yet.',
    changedMeanwhile: (fields: string) =>
      `Not saved: someone else has meanwhile changed what you changed too (${fields}). Below is the profile as it is now; change it again and save.`,
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
    alreadyActiveOutsider: (leader: string) =>
      `This channel already has an active project, which you are not (yet) part of. Ask project leader ${leader} to register you. There is one active project per channel; start a new project in another channel.`,
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
    notFoundMany: (names: string) => `I could not find these people in this team: ${names}. Are they members of the team?`,
    mentionsIgnored: (max: number, ignored: number) =>
      `You mentioned more than ${max} people; I skipped the last ${ignored}. Mention them in another command.`,
    removeNotParticipant: (name: string) => `${name} does not take part in this project.`,
    removeLeader: 'The project leader cannot be removed from the project.',
  },
  organisation: {
    title: 'Which organisation do you take part for?',
    intro: (name: string, project: string) =>
      `Welcome to the project ${project}, ${name}. In the next steps I will ask what your organisation already does; for that I need to know which organisation you represent. Only you see this question.`,
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
  language: {
    names: { nl: 'Dutch', en: 'English' },
    projectSet:
      'This project now speaks English: channel posts, reminders and lists are in English. Anyone can get what only they see in Dutch with @Veiligheidsplanner my language dutch.',
    projectAlready: 'This project already speaks English. Nothing was changed.',
    unknown: (typed: string) => `I do not know the language “${typed}”. Choose dutch or english, for example: @Veiligheidsplanner language dutch. Nothing was changed.`,
    unknownPersonal: (typed: string) =>
      `I do not know the language “${typed}”. Choose dutch, english or project, for example: @Veiligheidsplanner my language dutch. Nothing was changed.`,
    personalSet: (name: string, who: string) =>
      `From now on ${who} gets what only they see (answers to their own buttons and personal messages) in ${name}. Channel posts stay in the project's language.`,
    personalFollows: (name: string, who: string) => `${who} gets what only they see in the project's language (${name}) again.`,
    projectHint:
      'This project speaks Dutch. The project leader can switch it with @Veiligheidsplanner language english; anyone can get what only they see in English with @Veiligheidsplanner my language english.',
  },
  errors: {
    unexpected: (reference: string) =>
      `Something went wrong while processing your message. Please try again; if it keeps failing, give reference ${reference} to the administrator.`,
  },
};
