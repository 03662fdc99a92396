// What the SDK tests share: pairing a remote device on a real hub, recording the calls a
// client makes (through the `fetch` option, which sees every request, the layer's own
// refreshes included), and taking messages from a feed.

import assert from "node:assert/strict";

import {
  createHubClient,
  type HubClient,
  type HubClientOptions,
  type SseMessage,
  type TokenPair,
} from "../src/index.js";
import { REMOTE, type RunningHub } from "./hub.js";

export const LIBRARY_EVENTS = "/api/library/events";

export interface Call {
  method: string;
  path: string;
  status: number;
  lastEventId: string | null;
}

/** Every response a client received, in order; `opened` resolves when a library feed's
 * response (200) arrives: from then on the hub has subscribed it. */
export class CallLog {
  readonly calls: Call[] = [];
  readonly opened: Promise<void>;
  private markOpened!: () => void;

  constructor() {
    this.opened = new Promise((resolve) => {
      this.markOpened = resolve;
    });
  }

  readonly fetch = async (request: Request): Promise<Response> => {
    const lastEventId = request.headers.get("Last-Event-ID");
    const path = new URL(request.url).pathname;
    const response = await globalThis.fetch(request);
    this.calls.push({ method: request.method, path, status: response.status, lastEventId });
    if (path === LIBRARY_EVENTS && response.status === 200) this.markOpened();
    return response;
  };

  summary(): [string, string, number][] {
    return this.calls.map((c) => [c.method, c.path, c.status]);
  }

  count(path: string): number {
    return this.calls.filter((c) => c.path === path).length;
  }
}

/** A client whose calls are recorded. */
export function recordedClient(options: HubClientOptions): { hub: HubClient; calls: CallLog } {
  const calls = new CallLog();
  return { hub: createHubClient({ ...options, fetch: calls.fetch }), calls };
}

/** Arms pairing from the hub's own machine (a loopback call needs no token). */
export async function arm(hub: RunningHub): Promise<string> {
  const local = createHubClient({ baseUrl: hub.url });
  const { data, error } = await local.POST("/api/auth/arm", { body: { minutes: 30 } });
  assert.ok(data, JSON.stringify(error));
  assert.ok(data.pairingCode);
  return data.pairingCode;
}

/** A device on another machine, paired, its calls recorded. */
export async function remoteAgent(
  hub: RunningHub,
  deviceId: string,
  saved?: TokenPair[],
): Promise<{ agent: HubClient; pair: TokenPair; calls: CallLog }> {
  const { hub: agent, calls } = recordedClient({
    baseUrl: hub.url,
    headers: REMOTE,
    onTokens: (pair) => {
      saved?.push(pair);
    },
  });
  const pair = await agent.pair({
    pairingCode: await arm(hub),
    deviceId,
    deviceName: `test ${deviceId}`,
  });
  calls.calls.length = 0;
  return { agent, pair, calls };
}

/** `POST /api/database/rebuild {"force": true}` from the hub's machine: it archives the
 * database, starts a fresh one, and publishes `databaseHealthChanged` twice (`rebuilding`,
 * then `healthy`). */
export async function rebuild(hub: RunningHub) {
  const local = createHubClient({ baseUrl: hub.url });
  const { data, error } = await local.POST("/api/database/rebuild", { body: { force: true } });
  assert.ok(data, JSON.stringify(error));
  return data;
}

/** Sleeps until the pair's access token has expired (the hub runs on this clock). */
export async function waitUntilExpired(pair: TokenPair): Promise<void> {
  const left = Date.parse(pair.accessExpiresAt) - Date.now();
  await sleep(Math.max(0, left) + 300);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `condition` every 20 ms, for up to `timeoutMs`. */
export async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

/** The first `count` messages of a feed (or those up to the first that `until` accepts);
 * leaving the loop closes the connection. Fails after `timeoutMs`. */
export async function take<T>(
  feed: AsyncGenerator<SseMessage<T>, void, undefined>,
  count: number,
  until?: (message: SseMessage<T>) => boolean,
  timeoutMs = 20_000,
): Promise<SseMessage<T>[]> {
  const got: SseMessage<T>[] = [];
  const collect = (async () => {
    for await (const message of feed) {
      got.push(message);
      if (got.length >= count || until?.(message)) break;
    }
    return got;
  })();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the feed sent too little in ${timeoutMs} ms: ${JSON.stringify(got)}`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([collect, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
