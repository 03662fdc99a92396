// The SDK used as an agent would, on a real hub serving the fixture music
// (tests/fixtures/audio): ping and info; arm pairing locally and pair as a remote device;
// wait for the scan; list tracks, get an album, search; create a playlist and add tracks;
// read and update the playback session; play a track through its media-token URL; refresh;
// see on the library feed the event of a change the agent made; log out.
//
// The tests run in this order on one hub and one paired agent. The agent is on another
// machine (`X-Forwarded-For`, see REMOTE), so the hub really requires its token.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import {
  createHubClient,
  HubError,
  type HubClient,
  type ScanStatus,
  type TokenPair,
  type Track,
} from "../src/index.js";
import { fixtureLibrary, REMOTE, type RunningHub, startHub } from "./hub.js";
import { arm, type CallLog, rebuild, recordedClient, sleep, take } from "./support.js";

const SCAN_TIMEOUT_MS = 60_000;
// Titles of the fixture music (tests/fixtures/audio/make-fixtures.sh).
const BEYONCE = ["Crazy in Love", "If I Were a Boy", "Single Ladies (Put a Ring on It)"];
const SOME_TITLES = [
  ...BEYONCE,
  "夜に駆ける",
  "Bridge over Troubled Water",
  "First Song",
  "Second Song",
];

function missing(expected: string[], got: Iterable<string>): string[] {
  const have = new Set(got);
  return expected.filter((title) => !have.has(title));
}

describe("an agent on a real hub with the fixture music", () => {
  let hub: RunningHub;
  const saved: TokenPair[] = [];
  let agent: HubClient;
  let agentCalls: CallLog;
  let scanned: Promise<ScanStatus> | undefined;

  before(async () => {
    hub = await startHub({ libraries: [fixtureLibrary()] });
    ({ hub: agent, calls: agentCalls } = recordedClient({
      baseUrl: hub.url,
      headers: REMOTE,
      onTokens: (pair) => {
        saved.push(pair);
      },
    }));
  });
  after(async () => {
    await hub?.stop();
  });

  /** Waits (once) until `GET /api/scan/status` reports the start-up scan `completed`. */
  function scanCompleted(): Promise<ScanStatus> {
    scanned ??= (async () => {
      const deadline = Date.now() + SCAN_TIMEOUT_MS;
      for (;;) {
        const { data, error, response } = await agent.GET("/api/scan/status");
        assert.notEqual(
          response.status,
          501,
          "getScanStatus answers 501 not_implemented: the scanner has not landed here",
        );
        assert.ok(data, JSON.stringify(error));
        if (data.state === "completed") return data;
        assert.ok(["idle", "running"].includes(data.state), JSON.stringify(data));
        assert.ok(Date.now() < deadline, `no completed scan in ${SCAN_TIMEOUT_MS} ms`);
        await sleep(200);
      }
    })();
    return scanned;
  }

  async function allTracks(): Promise<Track[]> {
    const tracks: Track[] = [];
    let cursor: string | undefined;
    for (;;) {
      const { data, error } = await agent.GET("/api/tracks", {
        params: { query: { limit: 100, cursor } },
      });
      assert.ok(data, JSON.stringify(error));
      tracks.push(...data.items);
      if (data.nextCursor === undefined) {
        assert.equal(tracks.length, data.total);
        return tracks;
      }
      cursor = data.nextCursor;
    }
  }

  async function trackTitled(title: string): Promise<Track> {
    const found = (await allTracks()).filter((t) => t.title === title);
    assert.equal(found.length, 1, `one track titled ${title}`);
    return found[0]!;
  }

  test("ping and info", async () => {
    const client = createHubClient({ baseUrl: hub.url });
    const ping = await client.GET("/api/ping");
    assert.equal(ping.data?.ok, true);
    const info = await client.GET("/api/info");
    assert.equal(info.data?.port, hub.port);
    assert.equal(info.data?.databaseHealth.status, "healthy");
  });

  test("arm locally, pair as a remote agent", async () => {
    // Without a token a remote agent is refused: the remote simulation is real.
    const refused = await agent.GET("/api/library/stats");
    assert.equal(refused.response.status, 401);
    assert.equal(refused.error?.error, "unauthorized");

    const pair = await agent.pair({
      pairingCode: await arm(hub),
      deviceId: "agent-1",
      deviceName: "automation",
    });
    assert.equal(pair.tokenType, "Bearer");
    assert.equal(pair.device.id, "agent-1");
    assert.deepEqual(saved, [pair]);
    assert.equal(agent.tokens.deviceId, "agent-1");
    assert.equal((await agent.GET("/api/library/stats")).response.status, 200);

    // The hub's owner sees the device.
    const local = createHubClient({ baseUrl: hub.url });
    const devices = await local.GET("/api/auth/devices");
    assert.deepEqual(
      devices.data?.items.map((d) => [d.id, d.name, d.revoked]),
      [["agent-1", "automation", false]],
    );
  });

  test("a wrong pairing code is a HubError", async () => {
    await arm(hub);
    const guesser = createHubClient({ baseUrl: hub.url, headers: REMOTE });
    await assert.rejects(
      guesser.pair({ pairingCode: "not-the-code", deviceId: "guesser", deviceName: "guesser" }),
      (error: unknown) =>
        error instanceof HubError && error.status === 401 && error.error === "invalid_pairing_code",
    );
  });

  test("the scan completes", async () => {
    const status = await scanCompleted();
    assert.equal(status.state, "completed");
    assert.ok((status.filesProcessed ?? 0) > 0);
  });

  test("list tracks", async () => {
    await scanCompleted();
    const titles = (await allTracks()).map((t) => t.title);
    assert.deepEqual(missing(SOME_TITLES, titles), []);
  });

  test("get an album", async () => {
    await scanCompleted();
    const crazy = await trackTitled("Crazy in Love");
    assert.ok(crazy.album);
    const { data: album, error } = await agent.GET("/api/album/{id}", {
      params: { path: { id: crazy.album.id } },
    });
    assert.ok(album, JSON.stringify(error));
    assert.equal(album.album.title, "Dangerously in Love");
    assert.deepEqual(
      album.album.artists.map((a) => a.name),
      ["Beyoncé"],
    );
    assert.deepEqual(
      album.tracks.map((t) => t.title),
      ["Crazy in Love"],
    );

    // Two discs are one album, its tracks in disc order.
    const boy = await trackTitled("If I Were a Boy");
    assert.ok(boy.album);
    const fierce = await agent.GET("/api/album/{id}", { params: { path: { id: boy.album.id } } });
    assert.ok(fierce.data, JSON.stringify(fierce.error));
    assert.equal(fierce.data.album.title, "I Am... Sasha Fierce");
    assert.deepEqual(
      fierce.data.tracks.map((t) => t.title),
      ["If I Were a Boy", "Single Ladies (Put a Ring on It)"],
    );
  });

  test("search", async () => {
    await scanCompleted();
    const { data: found, error } = await agent.GET("/api/search", {
      params: { query: { q: "beyonce" } },
    });
    assert.ok(found, JSON.stringify(error));
    assert.deepEqual(
      missing(
        BEYONCE,
        found.tracks.map((t) => t.title),
      ),
      [],
    );
    assert.ok(found.artists.some((a) => a.name === "Beyoncé"));
    assert.deepEqual(
      missing(
        ["Dangerously in Love", "I Am... Sasha Fierce"],
        found.albums.map((a) => a.title),
      ),
      [],
    );

    // The query went into the agent's search history; clearing it is a change it can make.
    const history = await agent.GET("/api/search/history");
    assert.ok(history.data?.items.some((entry) => entry.query === "beyonce"));
    assert.equal((await agent.DELETE("/api/search/history")).response.status, 204);
    assert.deepEqual((await agent.GET("/api/search/history")).data, { items: [], total: 0 });

    // `types` narrows the groups; the others are empty lists.
    const albums = await agent.GET("/api/search", {
      params: { query: { q: "beyonce", types: ["album"], record: false } },
    });
    assert.deepEqual(albums.data?.tracks, []);
    assert.ok((albums.data?.albums.length ?? 0) > 0);
  });

  test("create a playlist and add tracks", async () => {
    const created = await agent.POST("/api/playlists", { body: { name: "Agent mix" } });
    assert.equal(created.response.status, 201, JSON.stringify(created.error));
    assert.ok(created.data);
    assert.equal(created.data.playlist.name, "Agent mix");
    assert.deepEqual(created.data.entries, []);
    assert.equal(
      created.response.headers.get("location"),
      `/api/playlists/${created.data.playlist.id}`,
    );

    await scanCompleted();
    const crazy = await trackTitled("Crazy in Love");
    const night = await trackTitled("夜に駆ける");
    const added = await agent.POST("/api/playlists/{id}/tracks", {
      params: { path: { id: created.data.playlist.id } },
      body: { trackIds: [crazy.id, night.id] },
    });
    assert.ok(added.data, JSON.stringify(added.error));
    assert.deepEqual(
      added.data.entries.map((e) => e.trackId),
      [crazy.id, night.id],
    );
    assert.equal(added.data.playlist.trackCount, 2);
    assert.equal(added.data.entries[1]?.track?.title, "夜に駆ける");

    // A track id that is not in the library: 422 naming it, and nothing added.
    const refused = await agent.POST("/api/playlists/{id}/tracks", {
      params: { path: { id: created.data.playlist.id } },
      body: { trackIds: ["trk_not_here"], position: 0 },
    });
    assert.equal(refused.response.status, 422);
    assert.equal(refused.error?.error, "unknown_track");
    assert.equal(refused.error?.details?.trackId, "trk_not_here");
  });

  test("read and update the playback session", async () => {
    const session = await agent.GET("/api/playback/session");
    assert.ok(session.data, JSON.stringify(session.error));

    await scanCompleted();
    const crazy = await trackTitled("Crazy in Love");
    const updated = await agent.PUT("/api/playback/session", {
      body: {
        baseRevision: session.data.revision,
        queueTrackIds: [crazy.id],
        currentIndex: 0,
        positionMs: 100,
        state: "paused",
      },
    });
    assert.ok(updated.data, JSON.stringify(updated.error));
    assert.equal(updated.data.revision, session.data.revision + 1);
    assert.deepEqual(
      updated.data.queue.map((track) => track.id),
      [crazy.id],
    );
    assert.equal(updated.data.currentIndex, 0);
    assert.equal(updated.data.positionMs, 100);
    assert.equal(updated.data.state, "paused");
    assert.equal(updated.data.activeDeviceId, "agent-1");
    assert.deepEqual((await agent.GET("/api/playback/session")).data, updated.data);

    // Another device's change in between: the stale revision is refused, nothing changes.
    const stale = await agent.PUT("/api/playback/session", {
      body: { baseRevision: session.data.revision, state: "playing" },
    });
    assert.equal(stale.response.status, 409);
    assert.equal(stale.error?.error, "session_conflict");
    assert.equal(stale.error?.details?.revision, updated.data.revision);
    assert.equal((await agent.GET("/api/playback/session")).data?.state, "paused");
  });

  test("play a track through its media-token URL", async () => {
    // The README's "play a track": a media session, then the stream URL from its template,
    // fetched as a player would (no Authorization header: the token is in the URL).
    await scanCompleted();
    const crazy = await trackTitled("Crazy in Love");
    const media = await agent.POST("/api/media/session", { body: { ttlSeconds: 600 } });
    assert.ok(media.data, JSON.stringify(media.error));
    assert.ok(Date.parse(media.data.expiresAt) > Date.now(), media.data.expiresAt);
    const streamUrl = new URL(
      media.data.streamUrlTemplate.replace("{trackId}", encodeURIComponent(crazy.id)),
      hub.url,
    ).href;
    assert.ok(streamUrl.includes(`mediaToken=${media.data.mediaToken}`), streamUrl);

    // A remote player, with the token in the URL only.
    const first = await fetch(streamUrl, { headers: { ...REMOTE, Range: "bytes=0-15" } });
    assert.equal(first.status, 206, await first.clone().text());
    assert.equal(first.headers.get("content-type"), "audio/mpeg");
    assert.match(first.headers.get("content-range") ?? "", /^bytes 0-15\//);
    const bytes = new Uint8Array(await first.arrayBuffer());
    assert.equal(bytes.length, 16);
    assert.equal(new TextDecoder().decode(bytes.slice(0, 3)), "ID3"); // an ID3v2.3 tag first
    // Without the token the same call is refused.
    const withoutToken = new URL(streamUrl);
    withoutToken.search = "";
    const refused = await fetch(withoutToken, {
      headers: { ...REMOTE, Range: "bytes=0-15" },
    });
    assert.equal(refused.status, 401, await refused.text());
  });

  test("play a track transcoded for a phone on mobile data", async () => {
    // A media session with the device's default profile: every stream URL made from its
    // template is then Opus at 96 kbit/s, and `format=original` still gets the file.
    await scanCompleted();
    const ladies = await trackTitled("Single Ladies");
    const media = await agent.POST("/api/media/session", {
      body: { ttlSeconds: 600, profile: "mobile" },
    });
    assert.ok(media.data, JSON.stringify(media.error));
    assert.equal(media.data.profile, "mobile");
    const streamUrl = new URL(
      media.data.streamUrlTemplate.replace("{trackId}", encodeURIComponent(ladies.id)),
      hub.url,
    );
    const opus = await fetch(streamUrl, { headers: REMOTE });
    assert.equal(opus.status, 200, await opus.clone().text());
    assert.equal(opus.headers.get("content-type"), "audio/ogg; codecs=opus");
    assert.equal(opus.headers.get("x-transcode"), "opus; bitrate=96");
    const bytes = new Uint8Array(await opus.arrayBuffer());
    assert.equal(new TextDecoder().decode(bytes.slice(0, 4)), "OggS");
    assert.equal(new TextDecoder().decode(bytes.slice(28, 36)), "OpusHead");

    streamUrl.searchParams.set("format", "original");
    const original = await fetch(streamUrl, { headers: REMOTE });
    assert.equal(original.status, 200);
    assert.equal(original.headers.get("content-type"), "audio/flac");
    assert.equal(original.headers.get("x-transcode"), null);
    await original.arrayBuffer();

    // The engines and profiles the hub has.
    const info = await agent.GET("/api/info");
    const engines = info.data?.transcoding?.engines.map((engine) => engine.name) ?? [];
    assert.ok(engines.includes("builtin"), JSON.stringify(info.data?.transcoding));
  });

  test("refresh tokens", async () => {
    const before = agent.tokens;
    const rotated = await agent.refresh();
    assert.notEqual(rotated.refreshToken, before.refreshToken);
    assert.notEqual(rotated.accessToken, before.accessToken);
    assert.deepEqual(saved.at(-1), rotated);
    assert.equal((await agent.GET("/api/library/stats")).response.status, 200);
  });

  test("library events show a change the agent made", async () => {
    // The agent follows the feed as its device, creates a playlist and then, on the hub's
    // machine, rebuilds the database: the feed shows `playlistCreated` with the new id,
    // then the health going `rebuilding`, then `healthy`.
    // Other events (a scan's, say) may come between: take until the rebuild's last one.
    const feed = take(
      agent.subscribe("/api/library/events", { reconnect: false }),
      50,
      (m) => m.data.type === "databaseHealthChanged" && m.data.payload.status === "healthy",
    );
    await agentCalls.opened;
    const made = await agent.POST("/api/playlists", { body: { name: "Feed check" } });
    assert.ok(made.data, JSON.stringify(made.error));
    const result = await rebuild(hub);
    assert.equal(result.databaseHealth.status, "healthy");
    const got = await feed;
    // `flatMap` with a narrowing test: the payload's type follows the event's `type`.
    assert.deepEqual(
      got.flatMap((m) => (m.data.type === "playlistCreated" ? [[m.event, m.data.payload.playlistId]] : [])),
      [["playlistCreated", made.data.playlist.id]],
    );
    assert.deepEqual(
      got.flatMap((m) =>
        m.data.type === "databaseHealthChanged" ? [[m.event, m.data.payload.status]] : [],
      ),
      [
        ["databaseHealthChanged", "rebuilding"],
        ["databaseHealthChanged", "healthy"],
      ],
    );
    assert.ok(got.every((m) => m.id === String(m.data.id)));

    // The fresh database has no paired devices: pair again (for the logout that follows).
    await agent.pair({ pairingCode: await arm(hub), deviceId: "agent-1", deviceName: "automation" });
  });

  test("log out", async () => {
    assert.equal((await agent.POST("/api/auth/logout")).response.status, 204);
    const afterLogout = await agent.GET("/api/library/stats");
    assert.equal(afterLogout.response.status, 401);
    assert.equal(afterLogout.error?.error, "device_revoked");
    const local = createHubClient({ baseUrl: hub.url });
    assert.deepEqual((await local.GET("/api/auth/devices")).data, { items: [], total: 0 });

    // A refresh after logout is refused with the hub's reason.
    await assert.rejects(
      agent.refresh(),
      (error: unknown) => error instanceof HubError && error.status === 401,
    );
  });
});
