// The hand-written layer on a stand-in hub (fake-hub.ts): refresh-and-retry on
// `token_expired` (one refresh for many concurrent calls), and the SSE feeds with
// `Last-Event-ID` resume.

import assert from "node:assert/strict";
import { afterEach, beforeEach, test } from "node:test";

import { createHubClient, type SseMessage, SseParser, type TokenPair } from "../src/index.js";
import { type FakeHub, startFakeHub } from "./fake-hub.js";

let fake: FakeHub;
beforeEach(async () => {
  fake = await startFakeHub();
});
afterEach(async () => {
  await fake.close();
});

function expiringClient(saved: TokenPair[], refreshToken = "refresh-1") {
  return createHubClient({
    baseUrl: fake.url,
    accessToken: "expired-access",
    refreshToken,
    deviceId: "agent-1",
    onTokens: (pair) => {
      saved.push(pair);
    },
  });
}

test("token_expired refreshes and retries once", async () => {
  const saved: TokenPair[] = [];
  const hub = expiringClient(saved);
  assert.equal((await hub.POST("/api/auth/logout")).response.status, 204);
  assert.deepEqual(fake.calls, [
    ["/api/auth/logout", "Bearer expired-access"],
    ["/api/auth/refresh", undefined],
    ["/api/auth/logout", "Bearer fresh-access"],
  ]);
  assert.deepEqual(
    saved.map((p) => p.refreshToken),
    ["refresh-2"],
  );
  assert.deepEqual(hub.tokens, {
    accessToken: "fresh-access",
    refreshToken: "refresh-2",
    deviceId: "agent-1",
  });
});

test("concurrent calls share one refresh", async () => {
  const saved: TokenPair[] = [];
  const hub = expiringClient(saved);
  const responses = await Promise.all(
    Array.from({ length: 8 }, () => hub.POST("/api/auth/logout")),
  );
  assert.deepEqual(
    responses.map((r) => r.response.status),
    Array(8).fill(204),
  );
  // A second refresh with the same token would look like theft to the hub.
  assert.equal(fake.refreshes, 1);
  assert.equal(saved.length, 1);
});

test("a refused refresh is the answer", async () => {
  const saved: TokenPair[] = [];
  const hub = expiringClient(saved, "stolen");
  const { response, error } = await hub.POST("/api/auth/logout");
  assert.equal(response.status, 401);
  assert.equal(error?.error, "invalid_token");
  assert.deepEqual(saved, []);
  assert.equal(hub.tokens.accessToken, "expired-access");
});

test("other refusals and missing refresh tokens do not refresh", async () => {
  const forged = createHubClient({
    baseUrl: fake.url,
    accessToken: "forged",
    refreshToken: "refresh-1",
    deviceId: "agent-1",
  });
  assert.equal((await forged.POST("/api/auth/logout")).response.status, 401);
  const noRefresh = createHubClient({ baseUrl: fake.url, accessToken: "expired-access" });
  const { error } = await noRefresh.POST("/api/auth/logout");
  assert.equal(error?.error, "token_expired");
  assert.equal(fake.refreshes, 0);
});

// Server-Sent Events

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

test("library events resume after a disconnect", async () => {
  const hub = expiringClient([]);
  const got: SseMessage<{ id: number; type: string }>[] = [];
  for await (const message of hub.subscribe("/api/library/events")) {
    got.push(message);
    if (got.length === 3) break;
  }
  assert.deepEqual(
    got.map((m) => [m.id, m.event, m.data.id, m.data.type]),
    [
      ["1", "trackAdded", 1, "trackAdded"],
      ["2", "trackAdded", 2, "trackAdded"],
      ["3", "trackAdded", 3, "trackAdded"],
    ],
  );
  // The first connection was refused (token_expired), refreshed and retried; after the
  // disconnect the feed resumed after the last complete event, not the cut-off one.
  assert.deepEqual(fake.lastEventIds, [undefined, "2"]);
  assert.equal(fake.refreshes, 1);
});

test("a subscription resumes from an earlier run's id, and stops on abort", async () => {
  const hub = createHubClient({ baseUrl: fake.url, accessToken: "fresh-access" });
  const stop = new AbortController();
  const ids: (string | undefined)[] = [];
  await assert.rejects(async () => {
    for await (const message of hub.subscribe("/api/library/events", {
      lastEventId: "2",
      signal: stop.signal,
    })) {
      ids.push(message.id);
      stop.abort();
    }
  });
  assert.deepEqual(ids, ["3"]);
  assert.deepEqual(fake.lastEventIds, ["2"]);
});

test("scan progress is typed", async () => {
  const hub = createHubClient({ baseUrl: fake.url, accessToken: "fresh-access" });
  const got = [];
  for await (const message of hub.subscribe("/api/scan/progress", { reconnect: false })) {
    // `message.data` is the document's ScanProgressEvent.
    got.push([message.event, message.data.phase, message.data.filesSeen]);
  }
  assert.deepEqual(got, [["progress", "idle", 0]]);
});
