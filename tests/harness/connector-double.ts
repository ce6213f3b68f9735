// Local stand-in for the Bot Framework / Teams Connector service: records what the bot sends,
// answers like the real service, and can inject faults or enforce the Teams rate limits.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ConversationParameters } from 'botbuilder';
import { parseConnectorRequest, readJsonBody, sendJson, type ConnectorRoute } from './connector-routes.js';
import { Roster } from './connector-roster.js';
import { TeamsRateLimiter } from './teams-rate-limiter.js';
import { describeActivity, describeCall, pollUntil } from './connector-views.js';
import type {
  BotActivity,
  ConnectorDouble,
  CreatedConversation,
  FaultRule,
  RecordedCall,
  TeamsLimitOptions,
} from './connector-types.js';

export type * from './connector-types.js';
export { cardsOf, textOf, describeActivity, ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCardJson } from './connector-views.js';

interface PendingRule {
  rule: FaultRule;
  remaining: number;
}

/** The clock the double stamps calls and measures rate windows by; a slow answer lets `delayMs` pass on it. */
export interface ConnectorTime {
  now(): number;
  pass(ms: number): Promise<void>;
}

const REAL_TIME: ConnectorTime = { now: () => Date.now(), pass: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

export interface ConnectorDoubleOptions {
  /** The real clock unless a test runs the bot's side on fake time too (then both must share it). */
  readonly time?: ConnectorTime;
}

export async function startConnectorDouble(options: ConnectorDoubleOptions = {}): Promise<ConnectorDouble> {
  const time = options.time ?? REAL_TIME;
  let calls: RecordedCall[] = [];
  let delivered: BotActivity[] = [];
  let updated: BotActivity[] = [];
  let created: CreatedConversation[] = [];
  let rules: PendingRule[] = [];
  let limits: TeamsLimitOptions | undefined;
  let seq = 0;
  const limiter = new TeamsRateLimiter();
  const roster = new Roster();

  const asActivity = (body: unknown, id: string, conversationId: string, at: number): BotActivity => ({
    ...(isObject(body) ? (body as Partial<BotActivity>) : {}),
    id,
    conversationId,
    at,
  });

  const takeRule = (method: string, path: string): FaultRule | undefined => {
    const pending = rules.find((p) => (p.rule.method === undefined || p.rule.method.toUpperCase() === method) && (p.rule.path === undefined || p.rule.path.test(path)));
    if (pending === undefined) return undefined;
    pending.remaining -= 1;
    if (pending.remaining <= 0) rules = rules.filter((p) => p !== pending);
    return pending.rule;
  };

  /** Normal answer of the Connector; also records deliveries. */
  const answer = (route: ConnectorRoute, call: RecordedCall): { status: number; body: unknown } => {
    switch (route.kind) {
      case 'createConversation': {
        const n = String(++seq);
        const conversationId = `new-conv-${n}`;
        const parameters = (isObject(call.body) ? call.body : {}) as Partial<ConversationParameters>;
        created.push({ conversationId, activityId: n, parameters, at: call.at });
        // The initial activity of a new conversation is a message users see, so it counts as delivered.
        if (parameters.activity !== undefined) delivered.push(asActivity(parameters.activity, n, conversationId, call.at));
        call.activityId = n;
        return { status: 201, body: { id: conversationId, activityId: n } };
      }
      case 'sendToConversation':
      case 'replyToActivity': {
        const id = String(++seq);
        call.activityId = id;
        delivered.push(asActivity(call.body, id, route.conversationId, call.at));
        return { status: 201, body: { id } };
      }
      case 'updateActivity':
        updated.push(asActivity(call.body, route.activityId, route.conversationId, call.at));
        return { status: 200, body: { id: route.activityId } };
      case 'deleteActivity':
      case 'deleteMember':
        return { status: 200, body: undefined };
      case 'sendHistory':
        return { status: 200, body: { id: String(++seq) } };
      case 'getMember':
        return roster.getMember(route.memberId);
      case 'getMembers':
      case 'getActivityMembers':
        return roster.getMembers();
      case 'getPagedMembers':
        return roster.getPagedMembers(route.pageSize, route.continuationToken);
      case 'unknown':
        return { status: 404, body: { error: { code: 'NotFound', message: `The connector double does not serve ${call.method} ${call.path}` } } };
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const at = time.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const { path, route } = parseConnectorRequest(method, req.url ?? '/');
    const body = await readJsonBody(req);
    const call: RecordedCall = { method, path, conversationId: 'conversationId' in route ? route.conversationId : '', body, at, status: 0 };
    if (route.kind === 'replyToActivity') call.replyToId = route.replyToId;
    if (route.kind === 'updateActivity' || route.kind === 'deleteActivity') call.activityId = route.activityId;
    calls.push(call);

    const rule = takeRule(method, path);
    if (rule?.delayMs !== undefined) await time.pass(rule.delayMs);
    if (rule?.status !== undefined) {
      call.status = rule.status;
      if (rule.status >= 400) call.rejectedBy = 'fault';
      const fallback = rule.status >= 400 ? { error: { code: 'InjectedFault', message: `Injected ${rule.status}` } } : undefined;
      sendJson(res, rule.status, rule.body ?? fallback, rule.headers);
      return;
    }

    const isPost = route.kind === 'sendToConversation' || route.kind === 'replyToActivity';
    if (limits !== undefined && isPost && !limiter.tryPost(route.conversationId, time.now())) {
      call.status = 429;
      call.rejectedBy = 'rate-limit';
      const headers: Record<string, string> = limits.retryAfterSeconds === undefined ? {} : { 'retry-after': String(limits.retryAfterSeconds) };
      sendJson(res, 429, { error: { code: 'TooManyRequests', message: 'Too many requests for this conversation' } }, headers);
      return;
    }

    const result = answer(route, call);
    call.status = result.status;
    sendJson(res, result.status, result.body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: { code: 'DoubleFailure', message: String(error) } });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  const double: ConnectorDouble = {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // botbuilder keeps connections alive; drop them so close() does not hang.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
    calls: () => [...calls],
    activities: () => [...delivered],
    updates: () => [...updated],
    createdConversations: () => [...created],
    rejected: () => calls.filter((c) => c.rejectedBy !== undefined),
    clear: () => {
      calls = [];
      delivered = [];
      updated = [];
      created = [];
      rules = [];
      limiter.reset();
    },
    addMember: (member) => roster.add(member),
    respondWith: (rule) => {
      rules.push({ rule, remaining: rule.times ?? 1 });
    },
    enforceTeamsLimits: (on, options = {}) => {
      limits = on ? options : undefined;
      limiter.reset();
    },
    waitFor: (predicate, timeoutMs = 5000, minCount = 1) =>
      pollUntil(
        () => {
          const matching = delivered.filter(predicate);
          return matching.length >= minCount ? matching : undefined;
        },
        timeoutMs,
        () => {
          const received = delivered.map((a) => '  ' + describeActivity(a)).join('\n') || '  (none)';
          const refused = calls.filter((c) => c.rejectedBy !== undefined).map((c) => '  ' + describeCall(c)).join('\n');
          return `waitFor: fewer than ${minCount} matching activities after ${timeoutMs} ms.\nReceived ${delivered.length} activities:\n${received}` + (refused === '' ? '' : `\nRejected:\n${refused}`);
        },
      ),
  };
  return double;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
