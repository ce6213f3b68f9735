import type { Catalog } from '../../i18n';
import type { ProjectPhase } from '../../kernel/steps';
import type { Audience, Command } from '../../platform/command';
import type { Role } from '../domain/project';

interface HelpLine {
  readonly command: string;
  readonly explanation: string;
}

export interface HelpView {
  readonly title: string;
  readonly intro: string;
  /** What fits the project's current step and the caller's role. */
  readonly commands: readonly HelpLine[];
  /** Everything else the caller may do, behind a button. */
  readonly more: readonly HelpLine[];
  readonly hasMore: boolean;
  readonly moreLabel: string;
}

const SEES: Record<Role | 'none', readonly Audience[]> = {
  none: ['noProject', 'everyone'],
  participant: ['participants', 'everyone'],
  leader: ['participants', 'leader', 'everyone'],
};

/**
 * Each caller sees the commands they may use, as declared: the leader more than a participant.
 * In a project, what fits its current step comes first and the rest is behind a button; help last.
 */
export function toHelpView(t: Catalog, role: Role | 'none', commands: readonly Command[], phase?: ProjectPhase): HelpView {
  const shown = commands.filter((c) => SEES[role].includes(c.audience));
  const ordered = [...shown.filter((c) => c.audience !== 'everyone'), ...shown.filter((c) => c.audience === 'everyone')];
  const line = (c: Command): HelpLine => {
    const [command, explanation] = c.help[t.locale === 'en' ? 'en' : 'nl'];
    return { command, explanation };
  };
  const first = phase === undefined ? ordered : ordered.filter((c) => c.fits(phase));
  const rest = ordered.filter((c) => !first.includes(c));
  const intro = role === 'none' ? t.help.introNoProject : t.help.intro(t.roles[role]);
  return {
    title: t.help.title,
    intro: phase === undefined ? intro : `${intro} ${t.help.nowFitting(phase.step, t.steps.titles[phase.step], t.steps.statuses[phase.status])}`,
    commands: first.map(line),
    more: rest.map(line),
    hasMore: rest.length > 0,
    moreLabel: t.help.more(rest.length),
  };
}
