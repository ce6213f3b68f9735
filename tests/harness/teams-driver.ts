// Plays the Teams service towards a running bot: posts Teams-shaped activities to `/api/messages` over real HTTP.
import {
  executeActivity,
  membersAddedActivity,
  messageActivity,
  submitActivity,
  type ActivityContext,
  type NamedId,
  type SayOptions,
  type SendOptions,
  type TeamsUser,
} from './teams-activities.js';

export type { ActivityJson, NamedId, SayOptions, SendOptions, TeamsUser } from './teams-activities.js';

export interface TeamsDriverOptions {
  /** Base URL of the bot, e.g. `http://127.0.0.1:3978`. */
  botUrl: string;
  /** Connector URL the bot should answer to (the Connector double's `url`). */
  serviceUrl: string;
  tenantId?: string;
  team?: NamedId;
  channel?: NamedId;
  bot?: NamedId;
  /** Path of the messaging endpoint; default `/api/messages`. */
  path?: string;
  /** Default `Authorization` header for every send. */
  authorization?: string;
  /** Abort a send after this long; default 30 s. */
  timeoutMs?: number;
}

export interface DriverResponse {
  status: number;
  /** Parsed JSON when the bot answered JSON, the text otherwise, `undefined` when empty. */
  body: unknown;
}

export interface RawPostOptions {
  authorization?: string;
  path?: string;
}

export interface TeamsDriver {
  readonly context: Readonly<ActivityContext>;
  user(name: string, identity: { aadObjectId: string; id?: string; locale?: string }): TeamsUser;
  say(user: TeamsUser, text: string, opts?: SayOptions): Promise<DriverResponse>;
  submit(user: TeamsUser, value: Record<string, unknown>, opts?: SendOptions): Promise<DriverResponse>;
  /** The body is the invoke response, e.g. `{ statusCode, type, value }` for `adaptiveCard/action`. */
  execute(user: TeamsUser, verb: string, data: unknown, opts?: SendOptions): Promise<DriverResponse>;
  /** `from` is `opts.from`, else the first added user, else a team owner. */
  membersAdded(members: Array<TeamsUser | 'bot'>, opts?: SendOptions & { from?: TeamsUser }): Promise<DriverResponse>;
  /** Posts `activity` as is; a string is sent verbatim (to test malformed JSON). */
  post(activity: unknown, opts?: RawPostOptions): Promise<DriverResponse>;
}

const GENERAL_CHANNEL = '19:veiligheid-general@thread.tacv2';

export function createTeamsDriver(options: TeamsDriverOptions): TeamsDriver {
  // Teams gives a team's General channel the team's own id, so the defaults share it.
  const team = options.team ?? { id: GENERAL_CHANNEL, name: 'Veiligheid' };
  const context: ActivityContext = {
    serviceUrl: options.serviceUrl,
    tenantId: options.tenantId ?? '00000000-0000-0000-0000-0000000000aa',
    team,
    channel: options.channel ?? { id: team.id, name: 'General' },
    bot: options.bot ?? { id: '28:00000000-0000-0000-0000-0000000000b0', name: 'Veiligheidsplanner' },
  };
  const endpoint = (path: string | undefined): string => new URL(path ?? options.path ?? '/api/messages', options.botUrl).toString();

  const post = async (activity: unknown, opts: RawPostOptions = {}): Promise<DriverResponse> => {
    const auth = opts.authorization ?? options.authorization;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (auth !== undefined) headers['authorization'] = auth.includes(' ') ? auth : `Bearer ${auth}`;
    const response = await fetch(endpoint(opts.path), {
      method: 'POST',
      headers,
      body: typeof activity === 'string' ? activity : JSON.stringify(activity),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    return { status: response.status, body: parseBody(await response.text()) };
  };

  const send = (activity: unknown, opts: SendOptions | undefined): Promise<DriverResponse> =>
    post(activity, opts?.authorization === undefined ? {} : { authorization: opts.authorization });

  const owner: TeamsUser = { id: '29:team-owner', name: 'Teameigenaar', aadObjectId: '00000000-0000-0000-0000-00000000000f', locale: 'nl-NL' };

  return {
    context,
    user: (name, identity) => ({
      id: identity.id ?? `29:${identity.aadObjectId}`,
      name,
      aadObjectId: identity.aadObjectId,
      locale: identity.locale ?? 'nl-NL',
    }),
    say: (user, text, opts = {}) => send(messageActivity(context, user, text, opts), opts),
    submit: (user, value, opts = {}) => send(submitActivity(context, user, value, opts), opts),
    execute: (user, verb, data, opts = {}) => send(executeActivity(context, user, verb, data, opts), opts),
    membersAdded: (members, opts = {}) => {
      const from = opts.from ?? members.find((m): m is TeamsUser => m !== 'bot') ?? owner;
      return send(membersAddedActivity(context, from, members, opts), opts);
    },
    post,
  };
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
