// One round of load over real HTTP: every participant submits their problems one after another,
// all participants at once, as Action.Execute invokes; each answer is timed and checked.
import { Agent, request } from 'node:http';
import { executeActivity, type ActivityContext, type TeamsUser } from '../../tests/harness/teams-activities';
import { TENANT, submission, type BenchProject } from './project-seed';

export interface RoundResult {
  readonly requests: number;
  readonly errors: number;
  readonly wallMs: number;
  readonly latenciesMs: readonly number[];
  readonly firstError?: string;
}

interface Answer {
  readonly status: number;
  readonly body: string;
}

function post(agent: Agent, port: number, body: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, host: '127.0.0.1', port, path: '/api/messages', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** An Action.Execute is answered with the updated card in the HTTP response. */
function answeredWithCard(answer: Answer): boolean {
  if (answer.status !== 200) return false;
  try {
    const parsed = JSON.parse(answer.body) as { statusCode?: unknown; type?: unknown };
    return parsed.statusCode === 200 && parsed.type === 'application/vnd.microsoft.card.adaptive';
  } catch {
    return false;
  }
}

let activitySequence = 0;

export async function runRound(port: number, project: BenchProject, perParticipant: number, offset = 0): Promise<RoundResult> {
  const ctx: ActivityContext = {
    serviceUrl: 'http://127.0.0.1:9/',
    tenantId: TENANT,
    team: { id: project.teamId, name: 'Bench' },
    channel: { id: project.channelId, name: 'Bench' },
    bot: { id: '28:bench-bot', name: 'Veiligheidsplanner' },
  };
  const agent = new Agent({ keepAlive: true, maxSockets: project.people.length });
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const participant = async (p: number): Promise<void> => {
    const info = project.people[p];
    if (!info) return;
    const user: TeamsUser = { id: info.teamsUserId ?? '', name: info.name, aadObjectId: info.aadObjectId, locale: 'nl-NL' };
    for (let n = offset; n < offset + perParticipant; n++) {
      const activity = executeActivity(ctx, user, 'problem.save', { projectId: project.projectId, ...submission(p, n) }, {});
      activity.id = `${Date.now()}${String(++activitySequence).padStart(7, '0')}`;
      const body = JSON.stringify(activity);
      const started = performance.now();
      const answer = await post(agent, port, body).catch((error: unknown) => ({ status: 0, body: String(error) }));
      latencies.push(performance.now() - started);
      if (!answeredWithCard(answer)) {
        errors++;
        firstError ??= `${answer.status} ${answer.body.slice(0, 300)}`;
      }
    }
  };
  const started = performance.now();
  await Promise.all(project.people.map((_, p) => participant(p)));
  const wallMs = performance.now() - started;
  agent.destroy();
  return { requests: latencies.length, errors, wallMs, latenciesMs: latencies, ...(firstError === undefined ? {} : { firstError }) };
}
