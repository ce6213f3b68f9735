import type { ProjectPhase } from '../kernel/steps';
import type { Reply, Turn } from './turn';

/** Who sees a command in the help: outside a project, everyone, participants (and the leader), the leader. */
export type Audience = 'noProject' | 'everyone' | 'participants' | 'leader';

/** How a command is written and what it does, in one place: parser, router and help follow from it. */
export interface CommandDeclaration<A extends object> {
  readonly name: string;
  /** What people type after @Veiligheidsplanner, Dutch and English; either language works for everyone. */
  readonly phrases: { readonly nl: readonly string[]; readonly en: readonly string[] };
  readonly audience: Audience;
  /** The arguments in the text after the phrase; undefined when the text is not this command after all. */
  readonly parse: (rest: string) => A | undefined;
  /** The help line: syntax with placeholders, and what it does. */
  readonly help: { readonly nl: readonly [string, string]; readonly en: readonly [string, string] };
  /** Whether the help shows it first when a project is at `phase`; the rest is behind a button. Absent: always first. */
  readonly fits?: (phase: ProjectPhase) => boolean;
  /** Commands about the caller's own organisation or a new project are not followed by the organisation question. */
  readonly noFollowUp?: boolean;
  readonly handle: (turn: Turn, args: A) => Promise<Reply[]>;
}

/** A declared command with its argument type sealed inside `match`. */
export interface Command {
  readonly name: string;
  readonly phrases: CommandDeclaration<object>['phrases'];
  readonly audience: Audience;
  readonly help: CommandDeclaration<object>['help'];
  readonly fits: (phase: ProjectPhase) => boolean;
  readonly noFollowUp: boolean;
  /** The arguments in the text after the phrase and the work they ask for, or undefined when the text does not fit. */
  match(rest: string): { readonly args: object; run(turn: Turn): Promise<Reply[]> } | undefined;
}

export function command<A extends object>(declaration: CommandDeclaration<A>): Command {
  const { name, phrases, audience, help, parse, handle } = declaration;
  return {
    name,
    phrases,
    audience,
    help,
    fits: declaration.fits ?? (() => true),
    noFollowUp: declaration.noFollowUp ?? false,
    match(rest) {
      const args = parse(rest);
      return args === undefined ? undefined : { args, run: (turn) => handle(turn, args) };
    },
  };
}

/** Commands without arguments ignore what follows the phrase ("deelnemer toevoegen @Jan" names people by mention). */
export const noArguments = (): object => ({});
