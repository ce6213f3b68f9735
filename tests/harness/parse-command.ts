import { ALL_COMMANDS } from '../../src/features';
import { commandTable } from '../../src/platform/command-table';

const table = commandTable(ALL_COMMANDS);

/** A typed text as the bot reads it: the command's name with its arguments; empty text is help. */
export function parseCommand(text: string): { readonly name: string } & Record<string, unknown> {
  const found = table.find(text);
  if (found.kind === 'command') return { name: found.command.name, ...found.args };
  return found.text === '' ? { name: 'help' } : { name: 'unknown', text: found.text };
}
