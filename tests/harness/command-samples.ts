import { ALL_COMMANDS } from '../../src/features';

/**
 * A typed example of every declared command, in Dutch and English: the help syntax with its
 * placeholders filled in (`<datum>` a date, `N` a step number, optional parts left out), and the
 * bare phrases too. Enough to reach every command's handler, not to make every one succeed.
 */
export function commandSamples(): string[] {
  const samples = ALL_COMMANDS.flatMap((c) => [
    ...c.phrases.nl,
    ...c.phrases.en,
    ...[c.help.nl[0], c.help.en[0]].map((syntax) =>
      syntax
        .replace(/\[[^\]]*\]/g, '')
        .replace(/<(datum|date)>/g, '31-12-2030')
        .replace(/<[^>]+>/g, '1')
        .replace(/\bN\b/g, '2')
        .replace(/@\S+/g, '')
        .replace(/\s*\|.*$/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  ]);
  return [...new Set(samples)].filter((s) => s !== '');
}
