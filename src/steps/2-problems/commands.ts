import { z } from 'zod';
import { cardAction, cardFields } from '../../platform/card-action';
import { command, noArguments } from '../../platform/command';
import type { ProjectPhase } from '../../kernel/steps';
import { addCriterionCommand, removeCriterionCommand } from './routes/criteria-routes';
import { problemListCommand, problemListPageAction } from './routes/problem-list-routes';
import {
  castVoteAction, causeRoute, closeVoteRoute, clusterFormAction, clusterRoute, clustersRoute, doeiRoute, endorseAction, fixFromVotesAction, myVotesAction,
  openVoteRoute, priorityListRoute, saveClusterAction, saveDoeiAction, withdrawVoteAction,
} from './routes/prioritisation-routes';
import { deleteProblemAction, editProblemAction, myProblemsAction, myProblemsCommand, problemFormAction, saveProblemAction } from './routes/problem-routes';

/** The prioritisation meeting's commands are shown first while it runs. */
const inMeeting = ({ step, status }: ProjectPhase): boolean => step === 2 && status === 'meeting';

/** Step 2: the typed problem list, the leader's extra criteria, and the prioritisation meeting (S2.1–S2.5). */
export const PROBLEM_COMMANDS = [
  command({
    name: 'problemList',
    phrases: { nl: ['lijst', 'problemen'], en: ['list', 'problems'] },
    audience: 'participants',
    fits: ({ step, status }) => step === 2 && status !== 'notOpen',
    parse: noArguments,
    help: {
      nl: ['lijst', 'Toon de getypeerde problemen van stap 2 met aantallen en risico-overzicht; tot de invoer sluit alleen de aantallen.'],
      en: ['list', 'Show the typed problems of step 2 with counts and the risk overview; until input closes only the counts.'],
    },
    handle: problemListCommand,
  }),
  command({
    name: 'myProblems',
    phrases: { nl: ['mijn problemen'], en: ['my problems'] },
    audience: 'participants',
    fits: ({ step, status }) => step === 2 && (status === 'open' || status === 'inputClosed'),
    parse: noArguments,
    help: {
      nl: ['mijn problemen', 'Toon de knop naar je eigen problemen van stap 2; alleen jij ziet ze.'],
      en: ['my problems', 'Show the button to your own problems of step 2; only you see them.'],
    },
    handle: myProblemsCommand,
  }),
  command({
    name: 'addCriterion',
    phrases: { nl: ['criterium toevoegen'], en: ['add criterion'] },
    audience: 'leader',
    fits: ({ step, status }) => step === 2 && (status === 'notOpen' || status === 'open'),
    parse: (rest) => ({ definition: rest }),
    help: {
      nl: ['criterium toevoegen <naam>: <waarde>, <waarde>', 'Voeg voor stap 2 een eigen typeringscriterium toe (hoogstens twee).'],
      en: ['add criterion <name>: <value>, <value>', 'Add a typing criterion of your own for step 2 (at most two).'],
    },
    handle: (turn, { definition }) => addCriterionCommand(turn, definition),
  }),
  command({
    name: 'removeCriterion',
    phrases: { nl: ['criterium verwijderen'], en: ['remove criterion'] },
    audience: 'leader',
    fits: ({ step, status }) => step === 2 && (status === 'notOpen' || status === 'open'),
    parse: (rest) => ({ criterion: rest }),
    help: {
      nl: ['criterium verwijderen <naam>', 'Haal een eigen typeringscriterium weg.'],
      en: ['remove criterion <name>', 'Remove a typing criterion of your own.'],
    },
    handle: (turn, { criterion }) => removeCriterionCommand(turn, criterion),
  }),
  command({
    name: 'cluster',
    phrases: { nl: ['cluster'], en: [] },
    audience: 'leader',
    fits: inMeeting,
    parse: (rest) => ({ spec: rest }),
    help: {
      nl: ['cluster [<naam>: 1, 4, 7]', 'Overleg stap 2: bundel problemen (hun nummers) onder één naam; zonder meer een kaart om ze aan te vinken.'],
      en: ['cluster [<name>: 1, 4, 7]', 'Step 2 meeting: group problems (their numbers) under one name; on its own, a card to tick them on.'],
    },
    handle: (turn, { spec }) => clusterRoute(turn, spec),
  }),
  command({
    name: 'clusters',
    phrases: { nl: ['clusters'], en: [] },
    audience: 'participants',
    fits: inMeeting,
    parse: noArguments,
    help: { nl: ['clusters', 'Toon de clusters met oorzaken en gevolgen.'], en: ['clusters', 'Show the clusters with causes and effects.'] },
    handle: clustersRoute,
  }),
  command({
    name: 'cause',
    phrases: { nl: ['oorzaak'], en: ['cause'] },
    audience: 'leader',
    fits: inMeeting,
    parse: (rest) => ({ spec: rest }),
    help: {
      nl: ['oorzaak <cluster> -> <cluster>', 'Overleg stap 2: leg vast welk cluster welk ander veroorzaakt.'],
      en: ['cause <cluster> -> <cluster>', 'Step 2 meeting: record which cluster causes which.'],
    },
    handle: (turn, { spec }) => causeRoute(turn, spec),
  }),
  command({
    name: 'doei',
    phrases: { nl: ['doei'], en: ['evidence'] },
    audience: 'leader',
    fits: inMeeting,
    parse: (rest) => ({ cluster: rest }),
    help: {
      nl: ['doei <cluster>', 'Overleg stap 2: Data, Onderzoek, Ervaringen en Inzichten bij een cluster vastleggen.'],
      en: ['evidence <cluster>', 'Step 2 meeting: record Data, Research, Experience and Insights for a cluster.'],
    },
    handle: (turn, { cluster }) => doeiRoute(turn, cluster),
  }),
  command({
    name: 'openVote',
    phrases: { nl: ['stemronde'], en: ['voting round'] },
    audience: 'leader',
    fits: inMeeting,
    parse: (rest) => ({ votes: rest }),
    help: {
      nl: ['stemronde [aantal stemmen]', 'Overleg stap 2: start een stemronde (standaard 3 stemmen per deelnemer).'],
      en: ['voting round [votes]', 'Step 2 meeting: start a voting round (3 votes per participant by default).'],
    },
    handle: (turn, { votes }) => openVoteRoute(turn, votes),
  }),
  command({
    name: 'closeVote',
    phrases: { nl: ['sluit stemronde'], en: ['close voting round'] },
    audience: 'leader',
    fits: inMeeting,
    parse: noArguments,
    help: { nl: ['sluit stemronde', 'Sluit de stemronde.'], en: ['close voting round', 'Close the voting round.'] },
    handle: closeVoteRoute,
  }),
  command({
    name: 'priorityList',
    phrases: { nl: ['prioriteitenlijst'], en: ['priority list'] },
    audience: 'participants',
    fits: inMeeting,
    parse: (rest) => ({ spec: rest }),
    help: {
      nl: ['prioriteitenlijst [<cluster>, p<nummer>, …]', 'Toon de prioriteitenlijst; de projectleider legt haar zo vast (p7: probleem 7, dat in geen cluster staat).'],
      en: ['priority list [<cluster>, p<number>, …]', 'Show the priority list; the project leader fixes it this way (p7: problem 7, which is in no cluster).'],
    },
    handle: (turn, { spec }) => priorityListRoute(turn, spec),
  }),
];

const { projectId } = cardFields;
const problemId = z.string().min(1).max(200);
const cluster = z.string().min(1).max(100);
/** What a vote is for: a cluster's id, or a problem's id for a problem in no cluster. */
const target = z.string().min(1).max(200);

export const PROBLEM_CARD_ACTIONS = [
  cardAction({ verb: 'problem.form', schema: z.object({ projectId }), handle: problemFormAction }),
  cardAction({
    verb: 'problem.save',
    sendsInputs: true,
    // Inputs of the leader's extra criteria arrive as `criterion-<id>`: kept, and read by the handler.
    schema: z
      .object({
        projectId, problemId: z.string().max(200).optional(),
        description: cardFields.text, likelihood: cardFields.text, consequences: cardFields.text, priority: cardFields.text,
        // The values a change form was opened with (JSON), so a save applies only what was changed on it.
        opened: cardFields.text,
      })
      .catchall(z.unknown()),
    handle: saveProblemAction,
  }),
  cardAction({ verb: 'problem.mine', schema: z.object({ projectId, page: z.coerce.number().int().min(0).max(10_000).optional() }), handle: myProblemsAction }),
  cardAction({ verb: 'problem.list', schema: z.object({ projectId, page: z.coerce.number().int().min(0).max(10_000).optional() }), handle: problemListPageAction }),
  cardAction({ verb: 'problem.edit', schema: z.object({ projectId, problemId }), handle: editProblemAction }),
  cardAction({ verb: 'problem.delete', schema: z.object({ projectId, problemId }), handle: deleteProblemAction }),
  cardAction({
    verb: 'cluster.doei',
    sendsInputs: true,
    schema: z.object({ projectId, cluster, data: cardFields.text, onderzoek: cardFields.text, ervaringen: cardFields.text, inzichten: cardFields.text }),
    handle: saveDoeiAction,
  }),
  cardAction({ verb: 'cluster.form', schema: z.object({ projectId }), handle: clusterFormAction }),
  cardAction({
    verb: 'cluster.save',
    sendsInputs: true,
    schema: z.object({ projectId, name: cardFields.text, problems: cardFields.text }),
    handle: saveClusterAction,
  }),
  cardAction({ verb: 'vote.cast', schema: z.object({ projectId, target }), handle: castVoteAction }),
  cardAction({ verb: 'vote.withdraw', schema: z.object({ projectId, target }), handle: withdrawVoteAction }),
  cardAction({ verb: 'vote.mine', schema: z.object({ projectId }), handle: myVotesAction }),
  cardAction({ verb: 'priority.fromVotes', schema: z.object({ projectId }), handle: fixFromVotesAction }),
  cardAction({ verb: 'priority.endorse', schema: z.object({ projectId }), handle: endorseAction }),
];
