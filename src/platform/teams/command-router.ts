import type { TurnContext } from 'botbuilder';
import { pendingOrganisation } from '../../project/app/manage-participants';
import type { PersonInfo } from '../../kernel/person';
import { toOrganisationFormView } from '../../project/views/organisation-form.view';
import type { BotEnv } from './bot-env';
import { parseCommand, type Command } from './commands';
import { card, text, type Reply } from './replies';
import { projectRequest, type TurnOrigin } from './turn-origin';
import { addCriterionCommand, removeCriterionCommand } from '../../steps/2-problems/routes/criteria-routes';
import { documentCommand, documentsCommand } from '../../project/routes/document-routes';
import { problemListCommand } from '../../steps/2-problems/routes/problem-list-routes';
import { causeRoute, closeVoteRoute, clusterRoute, clustersRoute, doeiRoute, openVoteRoute, priorityListRoute } from '../../steps/2-problems/routes/prioritisation-routes';
import { helpCommand } from '../../project/routes/help-routes';
import { addParticipantsCommand, participantsCommand, removeParticipantsCommand, saveOrganisationReplies } from '../../project/routes/participant-routes';
import { closeMeetingCommand, planMeetingCommand, showMeetingCommand, startMeetingCommand } from '../../engine/routes/meeting-routes';
import { newProjectCommand, profileCommand } from '../../project/routes/project-routes';
import { closeStepCommand, extendStepCommand, openStepCommand, reopenStepCommand, statusCommand } from '../../engine/routes/step-routes';

/** Longer than any sensible command; a wall of text is refused before anything else happens. */
export const MAX_COMMAND_CHARS = 4000;

/** A typed message to the bot: parse, run one command, answer. */
export async function handleCommand(env: BotEnv, context: TurnContext, origin: TurnOrigin, caller: PersonInfo): Promise<Reply[]> {
  const raw = context.activity.text ?? '';
  if (raw.length > MAX_COMMAND_CHARS) return [text(origin.t.input.tooLong(MAX_COMMAND_CHARS))];
  const command = parseCommand(raw);
  const replies = await runCommand(env, context, origin, caller, command);
  if (command.name === 'organisation' || command.name === 'newProject') return replies;
  return [...replies, ...(await askOrganisationIfMissing(env, origin, caller))];
}

function runCommand(env: BotEnv, context: TurnContext, origin: TurnOrigin, caller: PersonInfo, command: Command): Promise<Reply[]> {
  switch (command.name) {
    case 'newProject':
      return newProjectCommand(env, origin, caller, command.projectName);
    case 'profile':
      return profileCommand(env, origin, caller);
    case 'participants':
      return participantsCommand(env, origin, caller);
    case 'addParticipant':
      return addParticipantsCommand(env, context, origin, caller);
    case 'removeParticipant':
      return removeParticipantsCommand(env, context, origin, caller);
    case 'organisation':
      return saveOrganisationReplies(env, origin, caller, command.organisation);
    case 'document':
      return documentCommand(env, context, origin, caller, command.argument);
    case 'documents':
      return documentsCommand(env, origin, caller);
    case 'status':
      return statusCommand(env, origin, caller);
    case 'problemList':
      return problemListCommand(env, origin, caller);
    case 'addCriterion':
      return addCriterionCommand(env, origin, caller, command.definition);
    case 'removeCriterion':
      return removeCriterionCommand(env, origin, caller, command.criterion);
    case 'openStep':
      return openStepCommand(env, origin, caller, command.step, command.when);
    case 'extendStep':
      return extendStepCommand(env, origin, caller, command.step, command.when, command.reason);
    case 'closeStep':
      return closeStepCommand(env, origin, caller, command.step);
    case 'reopenStep':
      return reopenStepCommand(env, origin, caller, command.step, command.when, command.reason);
    case 'planMeeting':
      return planMeetingCommand(env, origin, caller, command.step, command.when);
    case 'startMeeting':
      return startMeetingCommand(env, context, origin, caller, command.step);
    case 'closeMeeting':
      return closeMeetingCommand(env, context, origin, caller, command.step);
    case 'showMeeting':
      return showMeetingCommand(env, origin, caller, command.step);
    case 'cluster':
      return clusterRoute(env, origin, caller, command.spec);
    case 'clusters':
      return clustersRoute(env, origin, caller);
    case 'cause':
      return causeRoute(env, origin, caller, command.spec);
    case 'doei':
      return doeiRoute(env, origin, caller, command.cluster);
    case 'openVote':
      return openVoteRoute(env, context, origin, caller, command.votes);
    case 'closeVote':
      return closeVoteRoute(env, context, origin, caller);
    case 'priorityList':
      return priorityListRoute(env, context, origin, caller, command.spec);
    case 'help':
    case 'unknown':
      return helpCommand(env, origin, caller);
  }
}

/** On a participant's first interactions, until answered: which organisation do you represent? */
async function askOrganisationIfMissing(env: BotEnv, origin: TurnOrigin, caller: PersonInfo): Promise<Reply[]> {
  const pending = await pendingOrganisation(env.deps, projectRequest(origin, caller));
  if (!pending) return [];
  return [card(env.cards.render('organisation-form', toOrganisationFormView(origin.t, pending.projectId, pending.name)))];
}
