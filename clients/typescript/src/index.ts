// @music-hub/client: the typed Music Hub client.
//
// The types come from openapi/music-hub.yaml (src/generated/schema.ts, by openapi-typescript)
// and every call goes through openapi-fetch. This file is the thin hand-written layer on top:
// a client that holds a device's tokens, sends the access token, and on `401 token_expired`
// rotates the tokens with `POST /api/auth/refresh` and retries the call once (an openapi-fetch
// middleware, `client.use`); pairing; and typed subscriptions to the two Server-Sent Events
// feeds with `Last-Event-ID` resume (parsed by eventsource-parser, see sse.ts).

import createClient, { type Client, type Middleware } from "openapi-fetch";

import type { components, paths } from "./generated/schema.js";
import { type SseMessage, SseParser } from "./sse.js";

export type * from "./generated/schema.js";
export { type RawMessage, type SseMessage, SseParser } from "./sse.js";

type Schemas = components["schemas"];
type TokenPair = Schemas["TokenPair"];
type PairRequest = Schemas["PairRequest"];

export interface HubClientOptions {
  /** The hub, e.g. `http://localhost:38472`. */
  baseUrl: string;
  /** A device's access token, or the hub's `MUSIC_HUB_API_TOKEN` (then with no refresh token). */
  accessToken?: string;
  refreshToken?: string;
  deviceId?: string;
  /** Receives every new token pair (from `pair` and each refresh): persist it, since the old
   * refresh token is retired. */
  onTokens?: (tokens: TokenPair) => void | Promise<void>;
  /** Sent with every request. */
  headers?: Record<string, string>;
  /** The fetch to use (defaults to `globalThis.fetch`). */
  fetch?: (request: Request) => Promise<Response>;
}

/** What a device holds between runs. Store `refreshToken` as a secret. */
export interface Tokens {
  accessToken?: string;
  refreshToken?: string;
  deviceId?: string;
}

/** The two Server-Sent Events feeds, and the event each sends (from the document). */
export type FeedPath = "/api/library/events" | "/api/scan/progress";
export type FeedEvent<P extends FeedPath> =
  paths[P]["get"]["responses"][200]["content"]["text/event-stream"];

/** One type of library event, its payload narrowed: `LibraryEventOf<"trackAdded">`. Narrow a
 * `LibraryEvent` the same way with `if (event.type === "trackAdded")`. Types this version does
 * not know may come from a newer hub: ignore them. */
export type LibraryEventOf<T extends Schemas["LibraryEvent"]["type"]> = Extract<
  Schemas["LibraryEvent"],
  { type: T }
>;

export interface FeedOptions {
  /** Resume after this event id (from an earlier run). */
  lastEventId?: string;
  /** Reconnect after a disconnect, resuming after the last event received (default true). */
  reconnect?: boolean;
  /** Stops the subscription: the iteration then throws the abort reason. */
  signal?: AbortSignal;
}

export interface HubExtras {
  readonly tokens: Tokens;
  /** Adopts a token pair (and its device) and hands it to `onTokens`. */
  setTokens(pair: TokenPair): Promise<void>;
  /** Exchanges a pairing code (from `POST /api/auth/arm` on the hub's machine) for tokens,
   * and uses them from now on. Throws `HubError` when refused. */
  pair(request: PairRequest): Promise<TokenPair>;
  /** Rotates the tokens now (the client also does it by itself on `token_expired`). */
  refresh(): Promise<TokenPair>;
  /** Follows a feed: `for await (const message of hub.subscribe("/api/library/events"))`. */
  subscribe<P extends FeedPath>(
    path: P,
    options?: FeedOptions,
  ): AsyncGenerator<SseMessage<FeedEvent<P>>, void, undefined>;
}

/** Every generated operation (`hub.GET("/api/tracks", …)`), plus the layer above. */
export type HubClient = Client<paths> & HubExtras;

/** The hub refused a call that the layer made for you: its status and `ApiError` body. */
export class HubError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(`${status} ${error}: ${message}`);
    this.name = "HubError";
  }

  static async fromResponse(response: Response): Promise<HubError> {
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return new HubError(response.status, "unexpected_response", text.slice(0, 200));
    }
    return HubError.fromBody(response.status, body);
  }

  static fromBody(status: number, body: unknown): HubError {
    const error = (body ?? {}) as Partial<Schemas["ApiError"]>;
    return new HubError(
      status,
      error.error ?? "unexpected_response",
      error.message ?? "",
      error.details,
    );
  }
}

// Public routes that take tokens in their body: no Authorization, no refresh loop.
const TOKEN_ROUTES = ["/api/auth/pair", "/api/auth/refresh"];
const DEFAULT_RETRY_MS = 1000;

/** The outcome of one refresh, shared by every call that waited for it. */
type Refreshed =
  | { ok: true; pair: TokenPair }
  | { ok: false; status: number; body: string; contentType: string };

export function createHubClient(options: HubClientOptions): HubClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const baseFetch = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  let tokens: Tokens = {
    accessToken: options.accessToken,
    refreshToken: options.refreshToken,
    deviceId: options.deviceId,
  };
  // One refresh at a time: two refreshes with one refresh token look like theft to the
  // hub, which then revokes the device.
  let refreshing: Promise<Refreshed> | undefined;

  async function setTokens(pair: TokenPair): Promise<void> {
    tokens = {
      accessToken: pair.accessToken,
      refreshToken: pair.refreshToken,
      deviceId: pair.device.id,
    };
    await options.onTokens?.(pair);
  }

  /** Sets the bearer header; returns the token sent, if any. */
  function authorize(request: Request): string | undefined {
    const token = tokens.accessToken;
    const path = new URL(request.url).pathname;
    if (token === undefined || TOKEN_ROUTES.some((route) => path.endsWith(route))) {
      return undefined;
    }
    request.headers.set("Authorization", `Bearer ${token}`);
    return token;
  }

  function refreshOnce(): Promise<Refreshed> {
    refreshing ??= (async (): Promise<Refreshed> => {
      const { refreshToken, deviceId } = tokens;
      if (refreshToken === undefined || deviceId === undefined) {
        throw new Error("no refresh token and device id to refresh with; pair first");
      }
      const response = await baseFetch(
        new Request(`${baseUrl}/api/auth/refresh`, {
          method: "POST",
          headers: { ...options.headers, "Content-Type": "application/json" },
          body: JSON.stringify({ deviceId, refreshToken }),
        }),
      );
      const body = await response.text();
      if (response.status !== 200) {
        const contentType = response.headers.get("Content-Type") ?? "application/json";
        return { ok: false, status: response.status, body, contentType };
      }
      const pair = JSON.parse(body) as TokenPair;
      await setTokens(pair);
      return { ok: true, pair };
    })().finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  }

  // What a retry sends: a copy of each request taken before it goes out (its body is read
  // once sent), by openapi-fetch's id for the call (middleware added later with `hub.use`
  // may hand `onResponse` another Request than the one `onRequest` saw).
  const retries = new Map<string, { retry: Request; sent: string }>();

  /** Bearer token on every call; on `401 token_expired`, one refresh and one retry. */
  const refreshAndRetry: Middleware = {
    onRequest({ request, id }) {
      const retry = request.clone();
      const sent = authorize(request);
      if (sent !== undefined) retries.set(id, { retry, sent });
      return request;
    },
    async onResponse({ id, response, options: { fetch } }) {
      const pending = retries.get(id);
      retries.delete(id);
      if (pending === undefined || response.status !== 401) return undefined;
      if (!(await isTokenExpired(response.clone()))) return undefined;
      if (tokens.accessToken === pending.sent) {
        // Nobody refreshed since this call was sent: refresh (or join the refresh running).
        if (tokens.refreshToken === undefined || tokens.deviceId === undefined) return undefined;
        const refreshed = await refreshOnce();
        // A refusal (`refresh_token_reused`, `device_revoked`…) is thrown: the call's own
        // operation does not document the refresh's codes. The device must pair again.
        if (!refreshed.ok) throw await HubError.fromResponse(refusal(refreshed));
      }
      authorize(pending.retry);
      return fetch(pending.retry); // the fetch of this call (the client's, or its own)
    },
    onError({ id }) {
      retries.delete(id);
    },
  };

  const client = createClient<paths>({ baseUrl, fetch: baseFetch, headers: options.headers });
  client.use(refreshAndRetry);

  async function* subscribe<P extends FeedPath>(
    path: P,
    feed: FeedOptions = {},
  ): AsyncGenerator<SseMessage<FeedEvent<P>>, void, undefined> {
    const reconnect = feed.reconnect ?? true;
    let parser = new SseParser(feed.lastEventId);
    for (;;) {
      const stop = new AbortController();
      const onAbort = () => stop.abort(feed.signal?.reason);
      feed.signal?.addEventListener("abort", onAbort);
      let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
      try {
        const headers: Record<string, string> = { Accept: "text/event-stream" };
        if (parser.lastEventId) headers["Last-Event-ID"] = parser.lastEventId;
        // Through the client, so the middleware refreshes an expired token here too.
        const { data, error, response } = await client.GET(path as FeedPath, {
          headers,
          parseAs: "stream",
          signal: stop.signal,
        });
        if (response.status !== 200) {
          await data?.cancel();
          throw typeof error === "string" || error === undefined
            ? new HubError(response.status, "unexpected_response", (error ?? "").slice(0, 200))
            : HubError.fromBody(response.status, error);
        }
        if (!data) throw new HubError(200, "unexpected_response", "no body");
        reader = data.getReader();
        const decoder = new TextDecoder();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          for (const raw of parser.feed(decoder.decode(value, { stream: true }))) {
            yield { event: raw.event, data: JSON.parse(raw.data) as FeedEvent<P>, id: raw.id };
          }
        }
      } catch (error) {
        if (error instanceof HubError || feed.signal?.aborted || !reconnect) throw error;
      } finally {
        // Also runs when the caller stops iterating: close the connection.
        feed.signal?.removeEventListener("abort", onAbort);
        stop.abort();
        reader?.releaseLock();
      }
      if (!reconnect || feed.signal?.aborted) return;
      await sleep(parser.retryMs ?? DEFAULT_RETRY_MS);
      parser = new SseParser(parser.lastEventId, parser.retryMs);
    }
  }

  const extras: HubExtras = {
    get tokens() {
      return { ...tokens };
    },
    setTokens,
    async pair(request) {
      const { data, error, response } = await client.POST("/api/auth/pair", { body: request });
      if (data === undefined) throw HubError.fromBody(response.status, error);
      await setTokens(data);
      return data;
    },
    async refresh() {
      const refreshed = await refreshOnce();
      if (!refreshed.ok) {
        throw await HubError.fromResponse(refusal(refreshed));
      }
      return refreshed.pair;
    },
    subscribe,
  };
  // Property descriptors, not values: `tokens` stays a live getter.
  return Object.defineProperties(client, Object.getOwnPropertyDescriptors(extras)) as HubClient;
}

/** A refresh's refusal as a response of its own: every call that waited gets one. */
function refusal(refreshed: Extract<Refreshed, { ok: false }>): Response {
  return new Response(refreshed.body, {
    status: refreshed.status,
    headers: { "Content-Type": refreshed.contentType },
  });
}

async function isTokenExpired(response: Response): Promise<boolean> {
  try {
    const body = (await response.json()) as { error?: unknown };
    return body.error === "token_expired";
  } catch {
    return false;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
