/**
 * Typed commands, Dutch first with English aliases. The bot's own @mention has already been
 * removed; other people's mentions (`<at>Jan</at>`) are removed here, they travel as entities.
 */
export type Command =
  | { readonly name: 'newProject'; readonly projectName: string }
  | { readonly name: 'profile' }
  | { readonly name: 'participants' }
  | { readonly name: 'addParticipant' }
  | { readonly name: 'removeParticipant' }
  | { readonly name: 'organisation'; readonly organisation: string }
  | { readonly name: 'document'; readonly argument: string }
  | { readonly name: 'documents' }
  | { readonly name: 'help' }
  | { readonly name: 'unknown'; readonly text: string };

type CommandName = Command['name'];

/** Longest phrases first, so "deelnemer toevoegen" wins over "deelnemers". */
const PHRASES: readonly (readonly [string, CommandName])[] = (
  [
    ['nieuw project', 'newProject'],
    ['new project', 'newProject'],
    ['deelnemers toevoegen', 'addParticipant'],
    ['deelnemer toevoegen', 'addParticipant'],
    ['add participants', 'addParticipant'],
    ['add participant', 'addParticipant'],
    ['deelnemer verwijderen', 'removeParticipant'],
    ['remove participant', 'removeParticipant'],
    ['deelnemers', 'participants'],
    ['participants', 'participants'],
    ['projectprofiel', 'profile'],
    ['profiel', 'profile'],
    ['profile', 'profile'],
    ['organisatie', 'organisation'],
    ['organisation', 'organisation'],
    ['organization', 'organisation'],
    ['documenten', 'documents'],
    ['documents', 'documents'],
    ['document', 'document'],
    ['help', 'help'],
    ['hulp', 'help'],
    ['?', 'help'],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

export function cleanCommandText(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseCommand(rawText: string): Command {
  const text = cleanCommandText(rawText);
  const lower = text.toLowerCase();
  if (lower === '') return { name: 'help' };
  for (const [phrase, name] of PHRASES) {
    if (lower !== phrase && !lower.startsWith(`${phrase} `)) continue;
    const rest = text.slice(phrase.length).trim();
    switch (name) {
      case 'newProject':
        return { name, projectName: rest };
      case 'organisation':
        return { name, organisation: rest };
      case 'document':
        return { name, argument: rest };
      case 'unknown':
        return { name, text };
      default:
        return { name };
    }
  }
  return { name: 'unknown', text };
}

/** A link and its title in any order: "https://… Verslag" or "Verslag https://…". */
export function splitLinkAndTitle(argument: string): { url: string; title: string } | undefined {
  const match = /\S*:\/\/\S+/.exec(argument);
  if (!match) return undefined;
  const title = (argument.slice(0, match.index) + argument.slice(match.index + match[0].length)).replace(/\s+/g, ' ').trim();
  return { url: match[0], title: title.replace(/^["“'‘]|["”'’]$/g, '') };
}
