import { z } from 'zod';
import { cardAction, cardFields } from '../../platform/card-action';
import { command, noArguments } from '../../platform/command';
import { addCriterionCommand, removeCriterionCommand } from './routes/criteria-routes';
import { problemListCommand } from './routes/problem-list-routes';
import {
  castVoteAction, causeRoute, closeVoteRoute, clusterRoute, clustersRoute, doeiRoute, endorseAction, openVoteRoute, priorityListRoute, saveDoeiAction,
} from './routes/prioritisation-routes';
import { deleteProblemAction, editProblemAction, myProblemsAction, problemFormAction, saveProblemAction } from './routes/problem-routes';

/** Step 2: the typed problem list, the leader's extra criteria, and the prioritisation meeting (S2.1–S2.5). */
export const PROBLEM_COMMANDS = [
  command({
    name: 'problemList',
    phrases: { nl: ['lijst', 'problemen'], en: ['list', 'problems'] },
    audience: 'participants',
    parse: noArguments,
    help: {
      nl: ['lijst', 'Toon alle getypeerde problemen van stap 2 met aantallen en risico-overzicht.'],
      en: ['list', 'Show all typed problems of step 2 with counts and the risk overview.'],
    },
    handle: problemListCommand,
  }),
  command({
    name: 'addCriterion',
    phrases: { nl: ['criterium toevoegen'], en: ['add criterion'] },
    audience: 'leader',
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
    parse: (rest) => ({ spec: rest }),
    help: {
      nl: ['cluster <naam>: 1, 4, 7', 'Overleg stap 2: bundel problemen (nummers uit de lijst) onder één naam.'],
      en: ['cluster <name>: 1, 4, 7', 'Step 2 meeting: group problems (numbers from the list) under one name.'],
    },
    handle: (turn, { spec }) => clusterRoute(turn, spec),
  }),
  command({
    name: 'clusters',
    phrases: { nl: ['clusters'], en: [] },
    audience: 'participants',
    parse: noArguments,
    help: { nl: ['clusters', 'Toon de clusters met oorzaken en gevolgen.'], en: ['clusters', 'Show the clusters with causes and effects.'] },
    handle: clustersRoute,
  }),
  command({
    name: 'cause',
    phrases: { nl: ['oorzaak'], en: ['cause'] },
    audience: 'leader',
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
    parse: noArguments,
    help: { nl: ['sluit stemronde', 'Sluit de stemronde.'], en: ['close voting round', 'Close the voting round.'] },
    handle: closeVoteRoute,
  }),
  command({
    name: 'priorityList',
    phrases: { nl: ['prioriteitenlijst'], en: ['priority list'] },
    audience: 'participants',
    parse: (rest) => ({ spec: rest }),
    help: {
      nl: ['prioriteitenlijst [cluster, cluster, …]', 'Toon de prioriteitenlijst; de projectleider legt haar zo vast.'],
      en: ['priority list [cluster, cluster, …]', 'Show the priority list; the project leader fixes it this way.'],
    },
    handle: (turn, { spec }) => priorityListRoute(turn, spec),
  }),
];

const { projectId } = cardFields;
const problemId = z.string().min(1).max(200);
const cluster = z.string().min(1).max(100);

export const PROBLEM_CARD_ACTIONS = [
  cardAction({ verb: 'problem.form', schema: z.object({ projectId }), handle: problemFormAction }),
  cardAction({
    verb: 'problem.save',
    // Inputs of the leader's extra criteria arrive as `criterion-<id>`: kept, and read by the handler.
    schema: z
      .object({
        projectId, problemId: z.string().max(200).optional(),
        description: cardFields.text, likelihood: cardFields.text, consequences: cardFields.text, priority: cardFields.text,
      })
      .catchall(z.unknown()),
    handle: saveProblemAction,
  }),
  cardAction({ verb: 'problem.mine', schema: z.object({ projectId, page: z.coerce.number().int().min(0).max(10_000).optional() }), handle: myProblemsAction }),
  cardAction({ verb: 'problem.edit', schema: z.object({ projectId, problemId }), handle: editProblemAction }),
  cardAction({ verb: 'problem.delete', schema: z.object({ projectId, problemId }), handle: deleteProblemAction }),
  cardAction({
    verb: 'cluster.doei',
    schema: z.object({ projectId, cluster, data: cardFields.text, onderzoek: cardFields.text, ervaringen: cardFields.text, inzichten: cardFields.text }),
    handle: saveDoeiAction,
  }),
  cardAction({ verb: 'vote.cast', schema: z.object({ projectId, cluster }), handle: castVoteAction }),
  cardAction({ verb: 'priority.endorse', schema: z.object({ projectId }), handle: endorseAction }),
];
