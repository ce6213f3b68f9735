/**
 * Text someone typed, made safe for an Adaptive Card TextBlock or FactSet value: those render a
 * subset of Markdown, so `[titel](url)` would become a link, `**` bold and a line starting with
 * "- " or "1. " a list, and text in angle brackets can disappear. Every such character is escaped
 * with a backslash, so the card shows exactly what was typed. Input values are not Markdown and
 * take the text as it is.
 */
export function plainCardText(text: string): string {
  return text
    .replace(/[\\`*_~[\]<>]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+#>])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}
