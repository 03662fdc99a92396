// The hand-written layer (src/index.ts, src/sse.ts) on a real hub.
//
// Refresh: the hub runs with a two-second access-token lifetime (`--access-token-ttl`), so a
// paired device's token really expires and the hub really answers `401 token_expired`; the
// layer must refresh once (even for many concurrent calls: the hub treats a second refresh
// with the same token as theft) and retry. Feeds: `POST /api/database/rebuild` from the hub's
// machine publishes real `databaseHealthChanged` events; a reconnect with `Last-Event-ID`
// replays what came after that id, and a restarted hub answers an old id with `resync`.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import {
  createHubClient,
  HubError,
  type LibraryEvent,
  type SseMessage,
  SseParser,
  type TokenPair,
} from "../src/index.js";
import { REMOTE, type RunningHub, startHub } from "./hub.js";
import {
  LIBRARY_EVENTS,
  rebuild,
  recordedClient,
  remoteAgent,
  take,
  waitFor,
  waitUntilExpired,
} from "./support.js";

const STATS = "/api/library/stats";

describe("refresh and retry, on a hub whose access tokens live two seconds", () => {
  let hub: RunningHub;
  before(async () => {
    hub = await startHub({ accessTokenTtl: 2 });
  });
  after(async () => {
    await hub?.stop();
  });

  test("token_expired refreshes once and retries", async () => {
    const saved: TokenPair[] = [];
    const { agent, pair, calls } = await remoteAgent(hub, "agent-1", saved);
    await waitUntilExpired(pair);

    const stats = await agent.GET("/api/library/stats");

    assert.equal(stats.response.status, 200);
    assert.equal(typeof stats.data?.trackCount, "number");
    assert.deepEqual(calls.summary(), [
      ["GET", STATS, 401],
      ["POST", "/api/auth/refresh", 200],
      ["GET", STATS, 200],
    ]);
    // onTokens saw the pairing and the one refresh; the client uses the new pair.
    assert.equal(saved.length, 2);
    assert.deepEqual(saved[0], pair);
    const rotated = saved[1]!;
    assert.notEqual(rotated.refreshToken, pair.refreshToken);
    assert.notEqual(rotated.accessToken, pair.accessToken);
    assert.deepEqual(agent.tokens, {
      accessToken: rotated.accessToken,
      refreshToken: rotated.refreshToken,
      deviceId: "agent-1",
    });
  });

  test("a reused refresh token is refused, and the call throws that refusal", async () => {
    const { agent, pair } = await remoteAgent(hub, "agent-2");
    await waitUntilExpired(pair);
    const rotated = await agent.refresh();
    assert.notEqual(rotated.refreshToken, pair.refreshToken);

    // Someone presents the old pair: the hub takes the retired refresh token for theft.
    const stolen: TokenPair[] = [];
    const { hub: thief, calls } = recordedClient({
      baseUrl: hub.url,
      headers: REMOTE,
      accessToken: pair.accessToken,
      refreshToken: pair.refreshToken,
      deviceId: "agent-2",
      onTokens: (p) => {
        stolen.push(p);
      },
    });
    // The layer refreshed once and throws the refusal, with no retry: getLibraryStats does
    // not document the refresh's codes, so the refusal cannot be its answer.
    await assert.rejects(
      thief.GET("/api/library/stats"),
      (e: unknown) => e instanceof HubError && e.status === 401 && e.error === "refresh_token_reused",
    );
    assert.deepEqual(calls.summary(), [
      ["GET", STATS, 401],
      ["POST", "/api/auth/refresh", 401],
    ]);
    assert.deepEqual(stolen, []);
    assert.equal(thief.tokens.accessToken, pair.accessToken);
    await assert.rejects(
      thief.refresh(),
      (e: unknown) => e instanceof HubError && e.status === 401,
    );

    // The whole token family is revoked: the rightful holder's new tokens stop too.
    const afterTheft = await agent.GET("/api/library/stats");
    assert.equal(afterTheft.response.status, 401);
    assert.equal(afterTheft.error?.error, "device_revoked");
  });

  test("concurrent calls share one refresh", async () => {
    const saved: TokenPair[] = [];
    const { agent, pair, calls } = await remoteAgent(hub, "agent-3", saved);
    await waitUntilExpired(pair);
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => agent.GET("/api/library/stats")),
    );
    assert.deepEqual(
      responses.map((r) => r.response.status),
      Array(8).fill(200),
    );
    // A second refresh with the same token would have revoked the device.
    assert.equal(calls.count("/api/auth/refresh"), 1);
    assert.equal(saved.length, 2);
  });

  test("other refusals and missing refresh tokens do not refresh", async () => {
    const { pair } = await remoteAgent(hub, "agent-4");
    const { hub: forged, calls: forgedCalls } = recordedClient({
      baseUrl: hub.url,
      headers: REMOTE,
      accessToken: "v4.local.forged",
      refreshToken: pair.refreshToken,
      deviceId: "agent-4",
    });
    const refused = await forged.GET("/api/library/stats");
    assert.equal(refused.response.status, 401);
    assert.notEqual(refused.error?.error, "token_expired");
    assert.deepEqual(forgedCalls.summary(), [["GET", STATS, 401]]);

    await waitUntilExpired(pair);
    const { hub: bare, calls } = recordedClient({
      baseUrl: hub.url,
      headers: REMOTE,
      accessToken: pair.accessToken,
    });
    const { error } = await bare.GET("/api/library/stats");
    assert.equal(error?.error, "token_expired");
    assert.deepEqual(calls.summary(), [["GET", STATS, 401]]);
  });
});

describe("the library feed on a real hub", () => {
  let hub: RunningHub;
  before(async () => {
    hub = await startHub();
  });
  after(async () => {
    await hub?.stop();
  });

  /** What a rebuild publishes: health `rebuilding`, then `healthy`, as SSE messages whose
   * `id:` and `event:` repeat the event's own `id` and `type`. */
  function checkRebuildEvents(got: SseMessage<LibraryEvent>[]) {
    // The type narrows the payload: only a health event has a `status`.
    assert.deepEqual(
      got.map((m) => (m.data.type === "databaseHealthChanged" ? m.data.payload.status : m.data.type)),
      ["rebuilding", "healthy"],
    );
    for (const message of got) {
      assert.equal(message.event, "databaseHealthChanged");
      assert.equal(message.data.type, "databaseHealthChanged");
      assert.equal(message.id, String(message.data.id));
    }
    assert.ok(got[0]!.data.id < got[1]!.data.id);
  }

  test("live events, then a resume with Last-Event-ID", async () => {
    const { agent, calls } = await remoteAgent(hub, "agent-1");
    const feed = take(agent.subscribe("/api/library/events", { reconnect: false }), 2);
    await calls.opened;
    await rebuild(hub);
    const got = await feed;
    checkRebuildEvents(got);

    // A rebuilt database starts without the paired devices: pair again, then resume after
    // the first event. The hub replays what came after it, and nothing before.
    const again = await remoteAgent(hub, "agent-2");
    const resumed = await take(
      again.agent.subscribe("/api/library/events", { lastEventId: got[0]!.id, reconnect: false }),
      1,
    );
    assert.equal(again.calls.calls[0]!.lastEventId, got[0]!.id);
    assert.deepEqual(resumed, [got[1]]);

    // An id the hub cannot place (older than its replay buffer) answers `resync`.
    const [resync] = await take(
      again.agent.subscribe("/api/library/events", { lastEventId: "1", reconnect: false }),
      1,
    );
    assert.equal(resync!.event, "resync");
    assert.equal(resync!.data.type, "resync");
    assert.ok(resync!.data.id >= got[1]!.data.id);
  });

  test("a subscription stops on abort", async () => {
    const { agent } = await remoteAgent(hub, "agent-3");
    const stop = new AbortController();
    const ids: (string | undefined)[] = [];
    const following = (async () => {
      for await (const message of agent.subscribe("/api/library/events", {
        lastEventId: "1",
        signal: stop.signal,
      })) {
        ids.push(message.id);
        stop.abort();
      }
    })();
    await assert.rejects(following);
    assert.equal(ids.length, 1);
  });

  test("scan progress is typed", async () => {
    // On connect the progress feed sends the current state (`idle`: this hub never scanned).
    const { agent } = await remoteAgent(hub, "agent-4");
    const [message] = await take(agent.subscribe("/api/scan/progress", { reconnect: false }), 1);
    // `message.data` is the document's ScanProgressEvent.
    assert.equal(message!.event, "progress");
    assert.equal(typeof message!.data.filesSeen, "number");
  });
});

test("the feed reconnects by itself after the hub restarts", async () => {
  // A stopping hub ends the feed with `feedEnded` (`hubStopping`); the subscription retries
  // with `Last-Event-ID`, and a restarted hub cannot place an id from its earlier run and
  // answers `resync` (refetch what you show).
  const hub = await startHub();
  const stop = new AbortController();
  try {
    // A loopback call: no token to lose in the restart.
    const { hub: local, calls } = recordedClient({ baseUrl: hub.url });
    const got: SseMessage<LibraryEvent>[] = [];
    const following = (async () => {
      for await (const message of local.subscribe("/api/library/events", { signal: stop.signal })) {
        got.push(message);
        if (message.event === "resync" || got.length === 4) break;
      }
    })();
    await calls.opened;
    await rebuild(hub);
    assert.ok(await waitFor(() => got.length === 2), JSON.stringify(got));
    await hub.stop({ keepData: true });
    const restarted = await startHub({ port: hub.port, dataDir: hub.dataDir });
    try {
      await Promise.race([following, new Promise((_, no) => setTimeout(no, 20_000))]);
    } finally {
      await restarted.stop();
    }
    assert.deepEqual(
      got.map((m) => m.event),
      ["databaseHealthChanged", "databaseHealthChanged", "feedEnded", "resync"],
    );
    const ended = got[2]!.data;
    assert.ok(ended.type === "feedEnded" && ended.payload.reason === "hubStopping");
    const feeds = calls.calls.filter((c) => c.path === LIBRARY_EVENTS);
    assert.equal(feeds[0]!.lastEventId, null);
    // Attempts while the hub was down failed before any response; the one that reached the
    // restarted hub resumed after the last event received.
    assert.equal(feeds.at(-1)!.status, 200);
    assert.equal(feeds.at(-1)!.lastEventId, got[1]!.id);
  } finally {
    stop.abort();
    await hub.stop();
  }
});

// The parser, on its own

const STREAM =
  ": keep-alive\r\n" +
  "retry: 1500\n" +
  'id: 7\nevent: trackAdded\ndata: {"a":\ndata: 1}\n\n' +
  "data: no event name\r\r" +
  "id\n" +
  "event: ignored without data\n\n" +
  "id: 8\ndata:tight\n\n";

function messagesOf(chunks: string[]) {
  const parser = new SseParser();
  const messages = chunks.flatMap((chunk) =>
    parser.feed(chunk).map((m) => [m.event, m.data, m.id]),
  );
  return { messages, parser };
}

test("the parser follows the event-stream rules", () => {
  const { messages, parser } = messagesOf([STREAM]);
  assert.deepEqual(messages, [
    ["trackAdded", '{"a":\n1}', "7"],
    ["message", "no event name", "7"],
    ["message", "tight", "8"],
  ]);
  assert.equal(parser.retryMs, 1500);
  assert.equal(parser.lastEventId, "8");
});

test("the parser does not care where chunks split", () => {
  const whole = messagesOf([STREAM]).messages;
  for (let i = 0; i <= STREAM.length; i++) {
    for (let j = i; j <= STREAM.length; j++) {
      const split = [STREAM.slice(0, i), STREAM.slice(i, j), "", STREAM.slice(j)];
      assert.deepEqual(messagesOf(split).messages, whole, `split at ${i}, ${j}`);
    }
  }
});

// `createHubClient` without a fetch of its own uses the global one.
test("createHubClient works with the global fetch", async () => {
  const hub = await startHub();
  try {
    const { data } = await createHubClient({ baseUrl: hub.url }).GET("/api/ping");
    assert.equal(data?.ok, true);
  } finally {
    await hub.stop();
  }
});
