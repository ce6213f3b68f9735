/** The project itself and step 1: profile, participants, documents and who may do what. */
export { changeProject } from './app/change-project';
export { changeStepDocument, readStepDocument } from './app/step-document';
export type { StepDocumentChange, StepDocumentContext, StepDocumentSpec, StoredStepDocument } from './app/step-document';
export type { Change, ChangeOptions } from './app/change-project';
export { findActiveProject, isRefusal, openProject, requestedProject } from './app/project-access';
export { turnLanguages } from './app/languages';
export type { TurnLanguages } from './app/languages';
export { personalLanguage, projectLanguage } from './domain/language';
export { cycleLinkOf, readProject, startFollowUpProject } from './app/follow-up-project';
export { CYCLE_ID, type CarriedGoal, type CycleLink } from './domain/cycle-link';
export type { Granted, Need, ProjectRequest, Refusal } from './app/project-access';
export { findParticipant, isLeader, leaderOf, touch } from './domain/project';
export type { ChannelRef, Participant, Project, Role } from './domain/project';
export { refusalText } from './routes/refusals';
export { HELP_COMMAND, PROJECT_CARD_ACTIONS, PROJECT_COMMANDS } from './commands';
export { addParticipantsCommand, askOrganisationIfMissing, mentionProblems, oneMessage } from './routes/participant-routes';
export { welcomeReplies } from './routes/help-routes';
