// Maps a Connector REST request onto the operation botframework-connector meant
// (paths as in botframework-connector/lib/connectorApi/operations/conversations.js).
import type { IncomingMessage, ServerResponse } from 'node:http';

export type ConnectorRoute =
  | { kind: 'createConversation' }
  | { kind: 'sendToConversation'; conversationId: string }
  | { kind: 'replyToActivity'; conversationId: string; replyToId: string }
  | { kind: 'sendHistory'; conversationId: string }
  | { kind: 'updateActivity'; conversationId: string; activityId: string }
  | { kind: 'deleteActivity'; conversationId: string; activityId: string }
  | { kind: 'getMember'; conversationId: string; memberId: string }
  | { kind: 'deleteMember'; conversationId: string; memberId: string }
  | { kind: 'getMembers'; conversationId: string }
  | { kind: 'getActivityMembers'; conversationId: string; activityId: string }
  | { kind: 'getPagedMembers'; conversationId: string; pageSize?: number; continuationToken?: string }
  | { kind: 'unknown'; conversationId: string };

export interface ParsedRequest {
  /** Decoded path, see RecordedCall.path. */
  path: string;
  route: ConnectorRoute;
}

export function parseConnectorRequest(method: string, rawUrl: string): ParsedRequest {
  const url = new URL(rawUrl, 'http://double.invalid');
  // Conversation ids contain ':', '@' and ';', which the client percent-encodes per segment.
  const segments = url.pathname.split('/').filter((s) => s !== '').map(safeDecode);
  const path = '/' + segments.join('/');
  const [v3, conversations, cid, sub, id, tail, ...rest] = segments;
  const unknown: ConnectorRoute = { kind: 'unknown', conversationId: conversations === 'conversations' ? (cid ?? '') : '' };
  if (v3 !== 'v3' || conversations !== 'conversations' || rest.length > 0) return { path, route: unknown };
  if (cid === undefined) return { path, route: method === 'POST' ? { kind: 'createConversation' } : unknown };
  const conversationId = cid;
  const route = ((): ConnectorRoute => {
    if (sub === 'activities') {
      if (id === undefined) return method === 'POST' ? { kind: 'sendToConversation', conversationId } : unknown;
      if (tail === 'members') return method === 'GET' ? { kind: 'getActivityMembers', conversationId, activityId: id } : unknown;
      if (tail !== undefined) return unknown;
      if (method === 'POST') {
        return id === 'history' ? { kind: 'sendHistory', conversationId } : { kind: 'replyToActivity', conversationId, replyToId: id };
      }
      if (method === 'PUT') return { kind: 'updateActivity', conversationId, activityId: id };
      if (method === 'DELETE') return { kind: 'deleteActivity', conversationId, activityId: id };
      return unknown;
    }
    if (sub === 'members' && tail === undefined) {
      if (id === undefined) return method === 'GET' ? { kind: 'getMembers', conversationId } : unknown;
      if (method === 'GET') return { kind: 'getMember', conversationId, memberId: id };
      if (method === 'DELETE') return { kind: 'deleteMember', conversationId, memberId: id };
      return unknown;
    }
    if (sub === 'pagedmembers' && id === undefined && method === 'GET') {
      const size = url.searchParams.get('pageSize');
      const token = url.searchParams.get('continuationToken');
      return {
        kind: 'getPagedMembers',
        conversationId,
        ...(size !== null && size !== '' ? { pageSize: Number(size) } : {}),
        ...(token !== null && token !== '' ? { continuationToken: token } : {}),
      };
    }
    return unknown;
  })();
  return { path, route };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...(payload !== '' ? { 'content-type': 'application/json; charset=utf-8' } : {}),
    'content-length': Buffer.byteLength(payload),
    ...headers,
  });
  res.end(payload);
}
