/** The step engine: step states and deadlines, meetings, and the timed work of the steps. */
export type { EntryBase } from './domain/entries';
export type { Meeting, MeetingWork } from './domain/meeting';
export { currentMeeting } from './domain/meetings';
export { legacyLastNumber } from './app/entry-numbers';
export { ENGINE_CARD_ACTIONS, ENGINE_COMMANDS } from './commands';
export { stepJobHandlers } from './jobs/step-job-handlers';
export { refreshMeetingCard } from './routes/meeting-routes';
export { renderStepCard } from './routes/step-routes';
