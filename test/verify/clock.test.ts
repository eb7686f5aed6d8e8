// A clock in the case: "context": { "now": ... } pins Date.now() and new Date() on both sides, so a
// transform that signs with the time (an HMAC over a timestamp) passes verify; the jest harness pins
// it too and records it in the case.

import { createHmac } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { withClock } from "../../src/runtime/clock";
import type { Case } from "../../src/verify/case";
import { loadCaseFile } from "../../src/verify/case-file";
import { loadTransforms } from "../../src/verify/load-transforms";
import { harness } from "../../src/testing";
import { describeDotnet } from "../support/dotnet-gate";

const SIGNING = `import { defineTransforms, hmacSha256Hex } from "csxc";

export default defineTransforms({
  Signed: {
    async request(req, ctx) {
      const stamp = new Date().toISOString();
      const epoch = Math.floor(Date.now() / 1000);
      req.headers.set("X-Date", stamp);
      req.headers.set("X-Signature", hmacSha256Hex("secret-key", req.method + "\\n" + req.url + "\\n" + stamp + "\\n" + epoch));
    },
  },
});
`;

const NOW = "2026-01-01T00:00:00Z";
const URL_ = "https://api.example.com/items";
const expectedSignature = createHmac("sha256", "secret-key").update(`GET\n${URL_}\n2026-01-01T00:00:00.000Z\n1767225600`).digest("hex");

let dir: string;
let entry: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-clock-"));
  fs.mkdirSync(path.join(dir, "transforms"));
  entry = path.join(dir, "transforms", "index.ts");
  fs.writeFileSync(entry, SIGNING);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const signedCase = (context?: Case["context"]): Case => ({
  name: "signed",
  operationId: "Signed",
  request: { method: "GET", url: URL_, headers: {}, body: null },
  upstream: [{ status: 200, headers: { "Content-Type": "application/json" }, body: { ok: true } }],
  ...(context && { context }),
});

test("withClock pins Date.now() and new Date(), overlapping runs each see their own time, and the real clock returns", async () => {
  const seen = await Promise.all([
    withClock("2026-01-01T00:00:00Z", async () => {
      await new Promise((r) => setTimeout(r, 20));
      return [Date.now(), new Date().toISOString(), new Date(5).getTime()];
    }),
    withClock("2030-06-01T12:00:00Z", async () => [Date.now(), new Date().toISOString(), new Date(5).getTime()]),
  ]);
  expect(seen).toEqual([
    [1767225600000, "2026-01-01T00:00:00.000Z", 5],
    [1906545600000, "2030-06-01T12:00:00.000Z", 5],
  ]);
  expect(Math.abs(Date.now() - new Date().getTime())).toBeLessThan(1000);
  expect(Date.now()).toBeGreaterThan(1767225600000 - 3e11); // the real clock, not a pinned one
  await expect(withClock("yesterday", async () => 1)).rejects.toThrow(/ISO 8601/);
});

test("the case file accepts context.now as an ISO 8601 time and refuses anything else", () => {
  const file = path.join(dir, "now.json");
  fs.writeFileSync(file, JSON.stringify([signedCase({ now: NOW }), signedCase({ now: "tomorrow" }), signedCase({ now: "2026-13-45T00:00:00Z" })]));
  const loaded = loadCaseFile(file);
  expect(loaded.cases.map((c) => c.context)).toEqual([{ now: NOW }]);
  expect(loaded.errors).toEqual([expect.stringMatching(/\[1\]\.context\.now: expected an ISO 8601 time/), expect.stringMatching(/\[2\]\.context\.now: expected an ISO 8601 time/)]);
});

test("the jest harness pins the clock and records it in the case", async () => {
  const loaded = loadTransforms(entry);
  if (!loaded.ok) throw new Error(loaded.message);
  const record = path.join(dir, "recorded");
  const h = harness(loaded.transforms, { upstream: { upstream: async () => ({ status: 200, headers: [["Content-Type", "application/json"]], body: new TextEncoder().encode('{"ok":true}') }) }, record, now: NOW });
  const res = await h.run("Signed", { method: "GET", url: URL_ });
  expect(res.sent[0].headers).toEqual(expect.arrayContaining([["X-Signature", expectedSignature]]));
  const later = await h.run("Signed", { method: "GET", url: URL_ }, { now: "2026-01-01T00:00:01Z" });
  expect(later.sent[0].headers.find(([n]) => n === "X-Date")).toEqual(["X-Date", "2026-01-01T00:00:01.000Z"]);
  const files = fs.readdirSync(record, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".json"));
  const recorded = files.flatMap((f) => loadCaseFile(path.join(record, f)).cases);
  expect(recorded.map((c) => c.context?.now).sort()).toEqual([NOW, "2026-01-01T00:00:01Z"]);
});

async function csxc(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s), isTTY: false });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describeDotnet("verify with a pinned clock", () => {
  test("a transform that signs with the time passes verify when the case pins the clock, and not without", async () => {
    const file = path.join(dir, "signed.json");
    fs.writeFileSync(file, JSON.stringify([signedCase({ now: NOW }), { ...signedCase(), name: "unpinned" }]));
    const { code, out } = await csxc("verify", "--transforms", entry, "--cases", file, "--json");
    const result = JSON.parse(out) as { results: Array<{ name: string; result: string; node: { outcome: { sent: Array<{ headers: Record<string, string> }> } }; dotnet: { outcome: { sent: Array<{ headers: Record<string, string> }> } } }> };
    expect(result.results.map((r) => [r.name, r.result])).toEqual([
      ["signed", "agree"],
      ["unpinned", "mismatch"], // two processes, two clocks
    ]);
    expect(result.results[0].dotnet.outcome.sent[0].headers["x-signature"]).toBe(expectedSignature);
    expect(code).toBe(1);
  }, 180_000);
});
