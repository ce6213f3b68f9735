import { ENGINE_CARD_ACTIONS, ENGINE_COMMANDS } from './engine';
import type { CardAction } from './platform/card-action';
import type { Command } from './platform/command';
import { HELP_COMMAND, PROJECT_CARD_ACTIONS, PROJECT_COMMANDS } from './project';
import { STEP_MODULES } from './steps';

/** Every command the bot understands, in the order the help shows them. */
export const ALL_COMMANDS: readonly Command[] = [
  ...PROJECT_COMMANDS,
  ...ENGINE_COMMANDS,
  ...STEP_MODULES.flatMap((m) => m.commands),
  HELP_COMMAND,
];

/** Every verb a card can send. */
export const ALL_CARD_ACTIONS: readonly CardAction[] = [...PROJECT_CARD_ACTIONS, ...ENGINE_CARD_ACTIONS, ...STEP_MODULES.flatMap((m) => m.cardActions)];
