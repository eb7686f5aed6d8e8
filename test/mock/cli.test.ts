// `csxc mock [--port N] [--seed FILE]`: a real process serving the mock over HTTP.

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "csxc.js");

// bin/csxc.js runs dist/, rebuilding it when a source is newer: build once here, so the processes
// below start from a fresh bundle instead of each rebuilding it.
beforeAll(() => {
  const build = spawnSync(process.execPath, [path.join(ROOT, "scripts", "build-dist.mjs")], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`building dist/ failed: ${build.stderr}`);
});

interface Running {
  child: ChildProcess;
  lines: string[];
  exited: Promise<number | null>;
}

/** Starts `csxc mock …` and waits until it has printed its key (or exited). */
async function start(args: string[]): Promise<Running> {
  const child = spawn(process.execPath, [BIN, "mock", ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  let stderr = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  let timer: NodeJS.Timeout | undefined;
  await new Promise<void>((resolve, reject) => {
    let buffer = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split("\n");
      buffer = parts.pop() ?? "";
      lines.push(...parts);
      if (lines.some((l) => l.startsWith("X-Api-Key: "))) resolve();
    });
    void exited.then(() => resolve());
    timer = setTimeout(() => reject(new Error(`csxc mock did not start: ${stderr}`)), 50_000);
  }).finally(() => clearTimeout(timer));
  lines.push(...stderr.split("\n").filter((l) => l !== ""));
  return { child, lines, exited };
}

const value = (lines: string[], prefix: string) => lines.find((l) => l.startsWith(prefix))?.slice(prefix.length);

test("prints its base URLs and a ready key, serves both hosts, stops on SIGINT", async () => {
  const { child, lines, exited } = await start(["--port", "0"]);
  const core = value(lines, "core: ");
  const reports = value(lines, "reports: ");
  const key = value(lines, "X-Api-Key: ");
  expect(core).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
  expect(reports).toBe(core?.replace("/api/v1", "/report/v1"));
  const user = await fetch(`${core}/user`, { headers: { "X-Api-Key": key ?? "" } });
  expect(user.status).toBe(200);
  const { defaultWorkspace } = (await user.json()) as { defaultWorkspace: string };
  const report = await fetch(`${reports}/workspaces/${defaultWorkspace}/reports/summary`, {
    method: "POST",
    headers: { "X-Api-Key": key ?? "", "Content-Type": "application/json" },
    body: JSON.stringify({ dateRangeStart: "2026-10-01T00:00:00Z", dateRangeEnd: "2026-10-31T23:59:59Z", summaryFilter: { groups: ["PROJECT"] } }),
  });
  expect(report.status).toBe(200);
  expect((await fetch(`${core}/user`)).status).toBe(401);
  child.kill("SIGINT");
  expect(await exited).toBe(0);
});

describe("with a seed file", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-mock-cli-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("--seed serves that data and prints its first user's key", async () => {
    const file = path.join(dir, "seed.json");
    const seed = {
      users: [{ id: "650000000000000000000001", name: "Solo", apiKey: "solo-key" }],
      workspaces: [{ id: "650000000000000000000002", name: "Solo", members: [{ userId: "650000000000000000000001", roles: ["OWNER"] }] }],
    };
    fs.writeFileSync(file, JSON.stringify(seed));
    const { child, lines, exited } = await start(["--port", "0", "--seed", file]);
    expect(value(lines, "X-Api-Key: ")).toBe("solo-key");
    const workspaces = await fetch(`${value(lines, "core: ")}/workspaces`, { headers: { "X-Api-Key": "solo-key" } });
    expect(((await workspaces.json()) as Array<{ name: string }>).map((w) => w.name)).toEqual(["Solo"]);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });

  test("a bad seed exits 1 with a message", async () => {
    const file = path.join(dir, "bad.json");
    fs.writeFileSync(file, JSON.stringify({ users: [{ id: "x" }], workspaces: [{ id: "y", members: [{ userId: "nobody" }] }] }));
    const { lines, exited } = await start(["--port", "0", "--seed", file]);
    expect(await exited).toBe(1);
    expect(lines.join("\n")).toContain("seed.workspaces[0].members[0].userId names user nobody");
  });

  test("a bad port, or one in use, exits 2", async () => {
    expect(await (await start(["--port", "http"])).exited).toBe(2);
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    try {
      const { lines, exited } = await start(["--port", String((taken.address() as net.AddressInfo).port)]);
      expect(await exited).toBe(2);
      expect(lines.join("\n")).toMatch(/cannot listen on port/);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
