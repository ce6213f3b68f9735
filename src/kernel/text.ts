/**
 * A typed message as plain text: other people's mentions (`<at>Jan</at>`, they travel as
 * entities), markup and non-breaking spaces removed, whitespace folded.
 */
export function cleanCommandText(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    // Teams sends what people type as HTML: "A -> B" arrives as "A -&gt; B".
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/gi, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Free text someone entered (an outcome, a note): one line-break style, tabs as spaces, control
 * characters removed, trimmed. The one rule for every text the bot keeps.
 */
export function cleanEnteredText(text: string | undefined): string {
  return (text ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '')
    .trim();
}

/**
 * Text as Teams shows it: angle brackets as entities, so a placeholder like `<datum>` or a typed
 * `A -> B` is not read as markup and dropped. Other characters stay as they are.
 */
export function escapeAngleBrackets(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
