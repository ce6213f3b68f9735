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
  | { readonly name: 'status' }
  | { readonly name: 'problemList' }
  | { readonly name: 'addCriterion'; readonly definition: string }
  | { readonly name: 'removeCriterion'; readonly criterion: string }
  | { readonly name: 'openStep'; readonly step: number; readonly when: string }
  | { readonly name: 'extendStep'; readonly step: number; readonly when: string; readonly reason: string }
  | { readonly name: 'closeStep'; readonly step: number }
  | { readonly name: 'reopenStep'; readonly step: number; readonly when: string; readonly reason: string }
  | { readonly name: 'planMeeting'; readonly step: number; readonly when: string }
  | { readonly name: 'startMeeting'; readonly step: number }
  | { readonly name: 'closeMeeting'; readonly step: number }
  | { readonly name: 'showMeeting'; readonly step: number }
  | { readonly name: 'cluster'; readonly spec: string }
  | { readonly name: 'clusters' }
  | { readonly name: 'cause'; readonly spec: string }
  | { readonly name: 'doei'; readonly cluster: string }
  | { readonly name: 'openVote'; readonly votes: string }
  | { readonly name: 'closeVote' }
  | { readonly name: 'priorityList'; readonly spec: string }
  | { readonly name: 'unknown'; readonly text: string };

type CommandName =
  | 'newProject' | 'profile' | 'participants' | 'addParticipant' | 'removeParticipant' | 'organisation' | 'document' | 'documents'
  | 'help' | 'status' | 'problemList' | 'addCriterion' | 'removeCriterion'
  | 'cluster' | 'clusters' | 'cause' | 'doei' | 'openVote' | 'closeVote' | 'priorityList';

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
    ['status', 'status'],
    ['lijst', 'problemList'],
    ['problemen', 'problemList'],
    ['list', 'problemList'],
    ['problems', 'problemList'],
    ['criterium toevoegen', 'addCriterion'],
    ['add criterion', 'addCriterion'],
    ['criterium verwijderen', 'removeCriterion'],
    ['remove criterion', 'removeCriterion'],
    ['hulp', 'help'],
    ['?', 'help'],
    ['cluster', 'cluster'],
    ['clusters', 'clusters'],
    ['oorzaak', 'cause'],
    ['cause', 'cause'],
    ['doei', 'doei'],
    ['evidence', 'doei'],
    ['stemronde', 'openVote'],
    ['voting round', 'openVote'],
    ['sluit stemronde', 'closeVote'],
    ['close voting round', 'closeVote'],
    ['prioriteitenlijst', 'priorityList'],
    ['priority list', 'priorityList'],
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
  const stepCommand = parseStepCommand(text);
  if (stepCommand) return stepCommand;
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
      case 'addCriterion':
        return { name, definition: rest };
      case 'removeCriterion':
        return { name, criterion: rest };
      case 'cluster':
      case 'cause':
      case 'priorityList':
        return { name, spec: rest };
      case 'doei':
        return { name, cluster: rest };
      case 'openVote':
        return { name, votes: rest };
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

const STEP = '(?:stap|step)\\s+(\\S+)';
const MEETING = '(?:overleg|meeting)(?:\\s+(?:stap|step))?\\s+(\\S+)';
/** Leader commands about steps and meetings; `when` and `reason` keep the leader's own words. */
const STEP_PATTERNS: readonly { pattern: RegExp; build: (step: number, rest: string) => Command }[] = [
  { pattern: new RegExp(`^open\\s+${STEP}\\s+(?:tot|until)\\s+(.+)$`, 'i'), build: (step, rest) => ({ name: 'openStep', step, when: rest }) },
  { pattern: new RegExp(`^(?:verleng|extend)\\s+${STEP}\\s+(?:tot|until)\\s+(.+)$`, 'i'), build: (step, rest) => ({ name: 'extendStep', step, ...splitReason(rest) }) },
  { pattern: new RegExp(`^(?:sluit|close)\\s+${STEP}$`, 'i'), build: (step) => ({ name: 'closeStep', step }) },
  { pattern: new RegExp(`^(?:heropen|reopen)\\s+${STEP}(?:\\s+(.*))?$`, 'i'), build: (step, rest) => ({ name: 'reopenStep', step, ...splitReopen(rest) }) },
  { pattern: new RegExp(`^${MEETING}\\s+(?:op|on)\\s+(.+)$`, 'i'), build: (step, rest) => ({ name: 'planMeeting', step, when: rest }) },
  { pattern: new RegExp(`^(?:start|begin)\\s+${MEETING}$`, 'i'), build: (step) => ({ name: 'startMeeting', step }) },
  { pattern: new RegExp(`^(?:sluit|close)\\s+${MEETING}$`, 'i'), build: (step) => ({ name: 'closeMeeting', step }) },
  { pattern: new RegExp(`^${MEETING}$`, 'i'), build: (step) => ({ name: 'showMeeting', step }) },
];

/** A step number as typed; anything that is not a whole number becomes NaN and is refused later. */
const stepNumber = (typed: string): number => (/^\d+$/.test(typed) ? Number(typed) : Number.NaN);

function parseStepCommand(text: string): Command | undefined {
  for (const { pattern, build } of STEP_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return build(stepNumber(match[1] ?? ''), (match[2] ?? '').trim());
  }
  return undefined;
}

const REASON = /\s+(?:omdat|want|because|reden:|reason:)\s+/i;

/** "20-12-2026 17:00 omdat de politie meer tijd nodig heeft" → the date and the reason. */
function splitReason(rest: string): { when: string; reason: string } {
  const match = REASON.exec(rest);
  if (!match) return { when: rest, reason: '' };
  return { when: rest.slice(0, match.index).trim(), reason: rest.slice(match.index + match[0].length).trim() };
}

/** `heropen stap 2 <reden>` or `heropen stap 2 tot <datum> omdat <reden>`. */
function splitReopen(rest: string): { when: string; reason: string } {
  const withDate = /^(?:tot|until)\s+(.+)$/i.exec(rest);
  if (!withDate) return { when: '', reason: rest };
  return splitReason(withDate[1] ?? '');
}
