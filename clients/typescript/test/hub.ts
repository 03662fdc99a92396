// A real hub for tests: the `music-hub` binary on a loopback port with a temporary data dir.
// The binary is `$MUSIC_HUB_BIN`, or target/debug/music-hub (tests/sdk.sh builds it once).

import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

// dist/test/hub.js → the repository root.
const REPO = resolve(fileURLToPath(import.meta.url), "../../../../..");

/** The tagged fixture music (made by tests/fixtures/audio/make-fixtures.sh, committed). */
export const FIXTURES = join(REPO, "tests/fixtures/audio");

/** A call relayed by a proxy is remote for the hub, so it needs a token: this is how the
 * tests act as a device on another machine while talking to 127.0.0.1. */
export const REMOTE = { "X-Forwarded-For": "192.0.2.10" };

export interface HubOptions {
  /** Music folders to serve (`--library`). */
  libraries?: string[];
  /** `--access-token-ttl`, in seconds: a test can watch access tokens expire. */
  accessTokenTtl?: number;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** A data dir to use and keep (to restart a hub on the same data); by default a
   * temporary one, removed by `stop()`. */
  dataDir?: string;
}

export interface RunningHub {
  url: string;
  port: number;
  dataDir: string;
  log: string[];
  /** Stops the hub; removes a temporary data dir unless `keepData`. */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

export function hubBinary(): string {
  const binary = process.env.MUSIC_HUB_BIN || join(REPO, "target/debug/music-hub");
  if (!existsSync(binary)) {
    throw new Error(
      `no hub binary at ${binary}: build it with \`cargo build --bin music-hub\` ` +
        "(tests/sdk.sh does), or set MUSIC_HUB_BIN",
    );
  }
  return binary;
}

/** The fixture music, or a clear failure when this checkout does not have it. */
export function fixtureLibrary(): string {
  if (!existsSync(FIXTURES)) {
    throw new Error(
      `no fixture music at ${FIXTURES}: it is committed with the scanner ` +
        "(tests/fixtures/audio/make-fixtures.sh)",
    );
  }
  return FIXTURES;
}

export async function startHub(options: HubOptions = {}): Promise<RunningHub> {
  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "music-hub-test-"));
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("MUSIC_HUB_")),
  );
  const args = ["serve", "--bind", "127.0.0.1", "--port", String(options.port ?? 0)];
  args.push("--data-dir", dataDir);
  for (const library of options.libraries ?? []) args.push("--library", library);
  if (options.accessTokenTtl !== undefined) {
    args.push("--access-token-ttl", String(options.accessTokenTtl));
  }
  const child = spawn(hubBinary(), args, {
    env: { ...env, NO_COLOR: "1", RUST_LOG: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  const stop = async ({ keepData = false } = {}) => {
    await terminate(child);
    if (ownDataDir && !keepData) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const port = await readPort(child, log);
    const url = `http://127.0.0.1:${port}`;
    await waitUntilUp(url);
    return { url, port, dataDir, log, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The port from the hub's "listening" log line (on stdout today; stderr is read too). */
function readPort(child: ChildProcess, log: string[]): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the hub did not start:\n${log.join("\n")}`)),
      30_000,
    );
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream! }).on("line", (line) => {
        const clean = line.replace(/\x1b\[[0-9;]*m/g, "");
        log.push(clean);
        const match = /listening.*127\.0\.0\.1:(\d+)/.exec(clean);
        if (match) {
          clearTimeout(timer);
          resolvePort(Number(match[1]));
        }
      });
    }
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the hub exited (${code}):\n${log.join("\n")}`));
    });
  });
}

async function waitUntilUp(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/api/ping`)).ok) return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(kill);
      done();
    });
    child.kill("SIGTERM");
  });
}
