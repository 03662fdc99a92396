// The SDK against a real hub, used as an agent would: the reference's pairing flow, then
// authenticated calls, refresh, devices and logout.
//
// The device acts as if it were on another machine (`X-Forwarded-For`, see REMOTE), so the
// hub really requires its token. Steps that need operations the hub does not build yet
// (they answer 501) are skipped with the issue that builds them.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { createHubClient, HubError, type TokenPair } from "../src/index.js";
import { REMOTE, type RunningHub, startHub } from "./hub.js";

const NOT_BUILT_YET = "answers 501 until the issue that builds it lands";

/** The access guard let the call through: it reached the operation, which answers 501 while
 * it is not built. */
function assertLetIn(response: Response) {
  assert.notEqual(response.status, 401);
  assert.notEqual(response.status, 403);
  assert.equal(response.status, 501);
}

describe("an agent on a real hub", () => {
  let hub: RunningHub;
  before(async () => {
    hub = await startHub();
  });
  after(async () => {
    await hub?.stop();
  });

  /** Arms pairing from the hub's own machine (a loopback call needs no token). */
  async function arm(): Promise<string> {
    const local = createHubClient({ baseUrl: hub.url });
    const { data, error } = await local.POST("/api/auth/arm", { body: { minutes: 30 } });
    assert.ok(data, JSON.stringify(error));
    return data.pairingCode;
  }

  test("ping and info", async () => {
    const client = createHubClient({ baseUrl: hub.url });
    const ping = await client.GET("/api/ping");
    assert.equal(ping.data?.ok, true);
    const info = await client.GET("/api/info");
    assert.equal(info.data?.port, hub.port);
    assert.equal(info.data?.databaseHealth.status, "healthy");
  });

  test("the reference's pairing flow, as a remote agent", async () => {
    const saved: TokenPair[] = [];
    const agent = createHubClient({
      baseUrl: hub.url,
      headers: REMOTE,
      onTokens: (pair) => {
        saved.push(pair);
      },
    });

    // Without a token a remote agent is refused: the remote simulation is real.
    const refused = await agent.GET("/api/library/stats");
    assert.equal(refused.response.status, 401);
    assert.equal(refused.error?.error, "unauthorized");

    const pair = await agent.pair({
      pairingCode: await arm(),
      deviceId: "agent-1",
      deviceName: "automation",
    });
    assert.equal(pair.tokenType, "Bearer");
    assert.equal(pair.device.id, "agent-1");
    assert.deepEqual(saved, [pair]);
    assert.equal(agent.tokens.deviceId, "agent-1");

    // The access token opens authenticated operations.
    assertLetIn((await agent.GET("/api/library/stats")).response);
    assertLetIn((await agent.GET("/api/tracks", { params: { query: { limit: 5 } } })).response);

    // Refresh rotates both tokens, and the new access token works.
    const rotated = await agent.refresh();
    assert.notEqual(rotated.refreshToken, pair.refreshToken);
    assert.notEqual(rotated.accessToken, pair.accessToken);
    assert.deepEqual(saved, [pair, rotated]);
    assertLetIn((await agent.GET("/api/library/stats")).response);

    // The hub's owner sees the device.
    const local = createHubClient({ baseUrl: hub.url });
    const devices = await local.GET("/api/auth/devices");
    assert.deepEqual(
      devices.data?.items.map((d) => [d.id, d.name, d.revoked]),
      [["agent-1", "automation", false]],
    );

    // The device logs itself out; its tokens stop working at once.
    assert.equal((await agent.POST("/api/auth/logout")).response.status, 204);
    const afterLogout = await agent.GET("/api/library/stats");
    assert.equal(afterLogout.response.status, 401);
    assert.equal(afterLogout.error?.error, "device_revoked");
    const revoked = await local.GET("/api/auth/devices", {
      params: { query: { includeRevoked: true } },
    });
    assert.deepEqual(
      revoked.data?.items.map((d) => [d.id, d.revoked]),
      [["agent-1", true]],
    );

    // A refresh after logout is refused with the hub's reason.
    await assert.rejects(agent.refresh(), (error: unknown) => {
      assert.ok(error instanceof HubError);
      assert.equal(error.status, 401);
      return true;
    });
  });

  test("a wrong pairing code is a HubError", async () => {
    await arm();
    const agent = createHubClient({ baseUrl: hub.url, headers: REMOTE });
    await assert.rejects(
      agent.pair({ pairingCode: "not-the-code", deviceId: "agent-3", deviceName: "guesser" }),
      (error: unknown) =>
        error instanceof HubError && error.status === 401 && error.error === "invalid_pairing_code",
    );
  });

  test(
    "auto-refresh when the hub's access token expires",
    {
      skip:
        "the hub has no knob for a short access-token lifetime (15 min, fixed): needs e.g. " +
        "MUSIC_HUB_ACCESS_TTL_SECS; refresh-and-retry is tested on a stand-in in layer.test.ts",
    },
    () => {},
  );
  test("list tracks", { skip: `GET /api/tracks with fixture music ${NOT_BUILT_YET} (issue 3)` }, () => {});
  test("get an album", { skip: `GET /api/album/{id} ${NOT_BUILT_YET} (issue 3)` }, () => {});
  test("search", { skip: `GET /api/search ${NOT_BUILT_YET} (issue 3)` }, () => {});
  test(
    "create a playlist and add tracks",
    { skip: `POST /api/playlists and /api/playlists/{id}/tracks ${NOT_BUILT_YET}` },
    () => {},
  );
  test(
    "read and update the playback session",
    { skip: `GET and PUT /api/playback/session ${NOT_BUILT_YET}` },
    () => {},
  );
  test(
    "library events show a change the agent made",
    {
      skip:
        `GET /api/library/events ${NOT_BUILT_YET} (issue 3); ` +
        "the SSE client is tested on a stand-in in layer.test.ts",
    },
    () => {},
  );
});
