import type { Reply, Turn } from '../turn';

/** Longer than any sensible command; a wall of text is refused before anything else happens. */
export const MAX_COMMAND_CHARS = 4000;

/** Asked after a command, e.g. the organisation question on a participant's first interactions. */
export type FollowUp = (turn: Turn) => Promise<Reply[]>;

/** A typed message to the bot: find the declared command, run it, add the follow-up. Anything else gets the help. */
export async function handleCommand(turn: Turn, rawText: string, followUp: FollowUp): Promise<Reply[]> {
  if (rawText.length > MAX_COMMAND_CHARS) return [turn.t.input.tooLong(MAX_COMMAND_CHARS)].map((line) => ({ text: line }));
  const found = turn.env.commands.find(rawText);
  const help = turn.env.commands.commands.find((c) => c.audience === 'everyone');
  const run = found.kind === 'command' ? found.run : help?.match('')?.run;
  if (!run) return [];
  const replies = await run(turn);
  if (found.kind === 'command' && found.command.noFollowUp) return replies;
  return [...replies, ...(await followUp(turn))];
}
