import type { Meeting, MeetingWork } from '../engine';
import type { StepNumber, StepState } from '../kernel/steps';
import type { Catalog } from '../i18n';
import type { AppDeps } from '../kernel/deps';
import type { AdaptiveCardJson, CardRenderer } from '../platform/cards/card-renderer';
import type { CardAction } from '../platform/card-action';
import type { Command } from '../platform/command';
import type { Project } from '../project';
import type { OutboxItem } from '../platform/outbox';
import type { JobHandler } from '../platform/scheduler/job';

/** A button on the card posted when a step opens; `verb` is one of the module's card actions. */
export interface StepCardButton {
  readonly title: string;
  readonly verb: string;
  readonly primary: boolean;
}

/** A part of a meeting's recorded outcome that only the step knows (e.g. step 2's priority list). */
export interface OutcomeSection {
  readonly title: string;
  readonly lines: readonly string[];
  readonly footer: string;
}

/** Agenda item titles and explanations in one language, by item key. */
export interface AgendaTexts {
  readonly titles: Readonly<Record<string, string>>;
  readonly details: Readonly<Record<string, string>>;
}

/** The proposed agenda of a step's meeting (G4): item keys in order, with their texts. */
export interface AgendaDeclaration {
  readonly keys: readonly string[];
  readonly texts: { readonly nl: AgendaTexts; readonly en: AgendaTexts };
}

/** What a step's scheduled jobs may use: like a turn's context, and the outbox for posts the bot makes on its own. */
export interface StepJobContext {
  readonly deps: AppDeps;
  readonly cards: CardRenderer;
  readonly enqueue: (items: readonly OutboxItem[]) => Promise<void>;
}

export interface StepContext {
  readonly deps: AppDeps;
  readonly cards: CardRenderer;
  readonly t: Catalog;
}

/**
 * What a step brings to the shared code. The engine, the help and the wiring ask the modules;
 * no shared code names a step number.
 */
export interface StepModule {
  readonly step: StepNumber;
  /**
   * The kinds of entries participants give in this step; they count as input for reminders and status.
   * A step whose input is the leader's alone (step 4's goals) declares none and gets no reminders.
   */
  readonly entryKinds: readonly string[];
  readonly commands: readonly Command[];
  readonly cardActions: readonly CardAction[];
  /** The agenda of the step's meeting; steps without a meeting have none. */
  readonly agenda?: AgendaDeclaration;
  /**
   * Buttons on the step card in the channel, for the step as it is now: while input is open, to
   * give it; afterwards only what can still be done (one's own input, to look at).
   */
  stepCardButtons?(t: Catalog, step?: StepState): readonly StepCardButton[];
  /** Timed work of the step's own, scheduled when the leader opens it (step 6: the monitoring reminders). */
  opened?(context: StepContext, project: Project): Promise<void>;
  /** Why the step cannot be opened yet (e.g. step 3 needs step 2's fixed priority list), in the catalog's language; undefined when it can. */
  openRefusal?(context: StepContext, project: Project): Promise<string | undefined>;
  /** Cards posted in the channel when the step's input closes, at its deadline or by the leader: the step's aggregated input. */
  inputClosedCards?(context: StepContext, project: Project): Promise<readonly AdaptiveCardJson[]>;
  /** Cards posted when the step's meeting starts, after the live agenda: what the meeting works on, if not posted since it last changed. */
  meetingStartCards?(context: StepContext, project: Project): Promise<readonly AdaptiveCardJson[]>;
  /** Cards posted after the agenda before the meeting (T3): the step's aggregated lists. */
  preMeetingCards?(context: StepContext, project: Project): Promise<readonly AdaptiveCardJson[]>;
  /**
   * The work done so far in the step's meeting, in words per agenda item key (G4): shown under the
   * items on the live agenda card, and recorded with the meeting when it closes.
   */
  meetingWork?(context: StepContext, project: Project, meeting: Meeting): Promise<MeetingWork>;
  /** The step's own part of the closed meeting's outcome (G4, S2.5). */
  outcomeSection?(context: StepContext, project: Project, meeting: Meeting): Promise<OutcomeSection | undefined>;
  /** Handlers of the step's own scheduled jobs, by job kind (step 6: monitoring reminders); wired once at start. */
  jobHandlers?(env: StepJobContext): Readonly<Record<string, JobHandler>>;
}

/** The module of a step, if that step has one. */
export const moduleOf = (modules: readonly StepModule[], step: number): StepModule | undefined => modules.find((m) => m.step === step);
