/** Characters Adaptive Card Markdown reads anywhere in a line: code, bold/italic, strike-through, links and images. */
const INLINE_MARKUP = /[`*_~[\]]/;
/** ASCII punctuation: a backslash before one of these is an escape in Markdown. */
const PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * Text made safe for an Adaptive Card TextBlock or FactSet: those render a subset of Markdown, so
 * `[titel](url)` would become a link, `**` bold, `![x](y)` an image and a line starting with "- ",
 * "1. ", "#" or "===" a list or a heading. Every such character gets a backslash, so the card shows
 * what was typed. Idempotent: what is already escaped stays as it is, so the card renderer applies
 * it to every text it shows and a view that escaped first does no harm. Angle brackets are left to
 * the renderer, which writes them as entities. Input values are not Markdown and take text as it is.
 */
export function plainCardText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charAt(i);
    const next = text.charAt(i + 1);
    if (c === '\\') {
      // An escape already there (ours or the writer's) stays; a lone backslash is shown as one.
      out += next !== '' && PUNCTUATION.test(next) ? `\\${next}` : '\\\\';
      if (next !== '' && PUNCTUATION.test(next)) i += 1;
    } else {
      out += INLINE_MARKUP.test(c) ? `\\${c}` : c;
    }
  }
  return out.replace(/^([ \t]*)([-+#=])/gm, '$1\\$2').replace(/^([ \t]*\d+)([.)])/gm, '$1\\$2');
}
