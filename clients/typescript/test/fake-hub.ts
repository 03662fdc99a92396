// A small stand-in for the hub, on a loopback port, for what the real hub cannot show yet:
// an access token that expires on demand, and the two SSE feeds (which answer 501 today).
//
// Tokens: `expired-access` answers `401 token_expired`, `fresh-access` is accepted; the
// refresh token `refresh-1` (device `agent-1`) rotates once to `fresh-access`/`refresh-2`.
// Feeds: without `Last-Event-ID` the library feed sends events 1 and 2, starts a third that
// it never finishes, and closes the connection; with `Last-Event-ID: 2` it sends event 3.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

const NOW = "2026-11-24T10:15:00Z";

export const libraryEvent = (id: number) =>
  JSON.stringify({ id, type: "trackAdded", payload: { ids: [`trk_${id}`] }, at: NOW });

const SCAN_PROGRESS = JSON.stringify({
  phase: "idle",
  filesSeen: 0,
  filesProcessed: 0,
  added: 0,
  updated: 0,
  removed: 0,
  errorCount: 0,
  at: NOW,
});

const tokenPair = (access: string, refresh: string) => ({
  accessToken: access,
  refreshToken: refresh,
  tokenType: "Bearer",
  accessExpiresAt: NOW,
  refreshExpiresAt: NOW,
  device: { id: "agent-1", name: "automation", pairedAt: NOW, revoked: false },
});

export interface FakeHub {
  url: string;
  refreshes: number;
  /** [path, Authorization] of every call. */
  calls: [string, string | undefined][];
  /** The `Last-Event-ID` of every connection to the library feed. */
  lastEventIds: (string | undefined)[];
  close(): Promise<void>;
}

export async function startFakeHub(): Promise<FakeHub> {
  const retired = new Set<string>();
  const server = createServer((req, res) => void handle(req, res));
  const fake: FakeHub = {
    url: "",
    refreshes: 0,
    calls: [],
    lastEventIds: [],
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    let text = "";
    for await (const chunk of req) text += chunk;
    const path = req.url ?? "";
    const auth = req.headers.authorization;
    fake.calls.push([path, auth]);
    if (path === "/api/auth/refresh") {
      fake.refreshes += 1;
      const body = JSON.parse(text) as { deviceId?: string; refreshToken?: string };
      if (retired.has(body.refreshToken ?? "")) return error(res, 401, "refresh_token_reused");
      if (body.refreshToken !== "refresh-1" || body.deviceId !== "agent-1") {
        return error(res, 401, "invalid_token");
      }
      retired.add(body.refreshToken);
      return json(res, 200, tokenPair("fresh-access", "refresh-2"));
    }
    if (auth === "Bearer expired-access") return error(res, 401, "token_expired");
    if (auth !== "Bearer fresh-access") return error(res, 401, "invalid_token");
    if (path === "/api/auth/logout") return res.writeHead(204).end();
    if (path === "/api/scan/progress") {
      return stream(res, [`event: progress\ndata: ${SCAN_PROGRESS}\n\n`], true);
    }
    if (path === "/api/library/events") {
      const last = req.headers["last-event-id"] as string | undefined;
      fake.lastEventIds.push(last);
      if (last === undefined) {
        // Events split across writes, CRLF line ends, a comment and a reconnection delay;
        // then a message cut off by the disconnect.
        return stream(
          res,
          [
            ": keep-alive\r\n\r\nretry: 20\r\n",
            `id: 1\r\nevent: trackAdded\r\ndata: ${libraryEvent(1)}\r\n\r\n`,
            "id: 2\nevent: trackAdded\nda",
            `ta: ${libraryEvent(2)}\n\n`,
            'id: 99\nevent: trackAdded\ndata: {"never": ',
          ],
          true,
        );
      }
      return stream(res, [`id: 3\nevent: trackAdded\ndata: ${libraryEvent(3)}\n\n`], false);
    }
    error(res, 404, "not_found");
  }

  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

async function stream(res: ServerResponse, chunks: string[], close: boolean) {
  res.writeHead(200, { "Content-Type": "text/event-stream" });
  for (const chunk of chunks) {
    res.write(chunk);
    await new Promise((r) => setTimeout(r, 10));
  }
  if (close) res.end();
  // Otherwise it stays open until the client goes away.
}

function json(res: ServerResponse, status: number, value: unknown) {
  res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(value));
}

function error(res: ServerResponse, status: number, code: string) {
  json(res, status, { error: code, message: code.replaceAll("_", " ") });
}
