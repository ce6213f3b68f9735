import { catalogOf } from '../../i18n';
import { readLanguage } from '../../kernel/language';
import { setPersonalLanguage, setProjectLanguage } from '../app/languages';
import { isRefusal } from '../app/project-access';
import { refusalText } from './refusals';
import { text, type Reply, type Turn } from '../../platform/turn';

/** `taal engels`: the leader switches the project's language; the answer is already in the new one. */
export async function projectLanguageCommand(turn: Turn, typed: string): Promise<Reply[]> {
  const language = readLanguage(typed);
  if (!language) return [text(turn.t.language.unknown(typed))];
  const outcome = await setProjectLanguage(turn.env.deps, turn.request(), language);
  if (isRefusal(outcome)) return [text(refusalText(turn.t, outcome))];
  const t = catalogOf(outcome.language);
  turn.env.log.info('project language set', { language: outcome.language, changed: outcome.changed });
  return [text(outcome.changed ? t.language.projectSet : t.language.projectAlready)];
}

const FOLLOW_PROJECT = ['project', 'standaard', 'default'];

/** `mijn taal engels` or `mijn taal project`: what only the caller sees. Said in the channel, so in its language. */
export async function personalLanguageCommand(turn: Turn, typed: string): Promise<Reply[]> {
  const { t } = turn;
  const follow = FOLLOW_PROJECT.includes(typed.trim().toLowerCase());
  const language = follow ? null : readLanguage(typed);
  if (language === undefined) return [text(t.language.unknownPersonal(typed))];
  const outcome = await setPersonalLanguage(turn.env.deps, turn.request(), language);
  if (isRefusal(outcome)) return [text(refusalText(t, outcome))];
  const name = t.language.names[outcome.language];
  return [text(outcome.followsProject ? t.language.personalFollows(name, turn.caller.name) : t.language.personalSet(name, turn.caller.name))];
}
