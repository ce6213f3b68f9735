import { cleanCommandText } from '../kernel/text';
import type { Command } from './command';
import type { Reply, Turn } from './turn';

export type CommandMatch =
  | { readonly kind: 'command'; readonly command: Command; readonly args: object; readonly run: (turn: Turn) => Promise<Reply[]> }
  | { readonly kind: 'unknown'; readonly text: string };

export interface CommandTable {
  readonly commands: readonly Command[];
  /** The command a typed text asks for; empty text and anything not understood are `unknown`. */
  find(rawText: string): CommandMatch;
}

/** One table over every declared command; phrases are tried longest first ("deelnemer toevoegen" before "deelnemers"). */
export function commandTable(commands: readonly Command[]): CommandTable {
  const names = new Set<string>();
  for (const c of commands) {
    if (names.has(c.name)) throw new Error(`command ${c.name} is declared twice`);
    names.add(c.name);
  }
  const phrases = commands
    .flatMap((c) => [...c.phrases.nl, ...c.phrases.en].map((phrase) => ({ phrase: phrase.toLowerCase(), command: c })))
    .sort((a, b) => b.phrase.length - a.phrase.length);
  return {
    commands,
    find(rawText) {
      const text = cleanCommandText(rawText);
      const lower = text.toLowerCase();
      for (const { phrase, command } of phrases) {
        if (lower !== phrase && !lower.startsWith(`${phrase} `)) continue;
        const matched = command.match(text.slice(phrase.length).trim());
        if (matched) return { kind: 'command', command, args: matched.args, run: (turn) => matched.run(turn) };
      }
      return { kind: 'unknown', text };
    },
  };
}
