import { z } from 'zod';
import type { Reply, Turn } from './turn';

/** A card button's verb, the shape of its data and what it does; the same for Action.Execute and Action.Submit. */
export interface CardActionDeclaration<S extends z.ZodType> {
  readonly verb: string;
  readonly schema: S;
  /** Cards the bot sends in a personal chat (the organisation question) are answered there too; others only in the project's channel. */
  readonly inPersonalChat?: boolean;
  /**
   * The button saves what was typed on its card. Every other button only navigates: on a card with
   * inputs it says `"associatedInputs": "none"`, or Teams would first demand every required field.
   */
  readonly sendsInputs?: boolean;
  readonly handle: (turn: Turn, data: z.infer<S>) => Promise<Reply[]>;
}

/** A declared card action with its data type sealed inside `run`. */
export interface CardAction {
  readonly verb: string;
  readonly inPersonalChat: boolean;
  readonly sendsInputs: boolean;
  /** Checks the card's data first: malformed data gets the "invalid card" line and changes nothing. */
  run(turn: Turn, data: unknown): Promise<Reply[]>;
}

export function cardAction<S extends z.ZodType>(declaration: CardActionDeclaration<S>): CardAction {
  return {
    verb: declaration.verb,
    inPersonalChat: declaration.inPersonalChat ?? false,
    sendsInputs: declaration.sendsInputs ?? false,
    async run(turn, data) {
      const parsed = declaration.schema.safeParse(data);
      if (!parsed.success) return [{ text: turn.t.input.invalidCard }];
      return declaration.handle(turn, parsed.data);
    },
  };
}

/** Text beyond this is not a typing slip but malformed data: refused as a whole. */
const MAX_CARD_TEXT = 20_000;

/** Fields many cards carry. */
export const cardFields = {
  projectId: z.string().min(1).max(100),
  text: z.string().max(MAX_CARD_TEXT).optional(),
  /** Teams sends card data as it was put in; a step number may arrive as number or text. */
  stepNumber: z.coerce.number().int().min(1).max(6),
};
