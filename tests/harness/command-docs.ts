import type { Audience, Command } from '../../src/platform/command';

const WHO: Record<Audience, string> = {
  noProject: 'anyone, in a channel without a project',
  everyone: 'anyone',
  participants: 'participants',
  leader: 'leader',
};

const code = (text: string): string => `\`${text.replace(/\|/g, '\\|')}\``;

/** The README's command table as the declarations describe it. */
export function commandTableMarkdown(commands: readonly Command[]): string {
  const rows = commands.map((c) => `| ${code(c.help.nl[0])} | ${code(c.help.en[0])} | ${WHO[c.audience]} | ${c.help.en[1]} |`);
  return ['| Command | English | Who | What it does |', '|---|---|---|---|', ...rows].join('\n');
}
