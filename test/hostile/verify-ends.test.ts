// verify always ends, with a result for every case: a case that never stops, one that overflows the
// stack, one that floods the output. Each is followed by an ordinary case that must still agree.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import type { Case } from "../../src/verify/case";
import { OUTCOME_LIMITS, PLATFORM_TIMEOUT_MS } from "../../src/verify/limits";
import { NodeSide } from "../../src/verify/node-pool";
import type { CaseReport } from "../../src/verify/verify";
import { describeDotnet } from "../support/dotnet-gate";

const TRANSFORMS = `import { defineTransforms } from "csxc";

function deep(n: number): number {
  return n === 0 ? 0 : 1 + deep(n - 1);
}

async function deepAsync(n: number): Promise<number> {
  return n === 0 ? 0 : 1 + (await deepAsync(n - 1));
}

export default defineTransforms({
  Forever: {
    handle: async (req, ctx) => {
      let i = 0;
      while (true) {
        i++;
      }
      return ctx.respond(200, { i });
    },
  },
  Deep: { handle: async (req, ctx) => ctx.respond(200, { depth: deep(1000000) }) },
  DeepAsync: { handle: async (req, ctx) => ctx.respond(200, { depth: await deepAsync(100000) }) },
  Flood: {
    handle: async (req, ctx) => {
      for (let i = 0; i < 3000; i++) ctx.log.info("entry " + i);
      return ctx.respond(200, { text: "y".repeat(1200000) });
    },
  },
  Ok: { handle: async (req, ctx) => ctx.respond(200, { ok: true, operation: ctx.operationId }) },
});
`;

const call = (name: string, operationId: string): Case => ({ name, operationId, request: { method: "GET", url: "https://api.example.com/x", headers: {}, body: null }, upstream: [] });

let dir: string;
let entry: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-verify-ends-"));
  fs.mkdirSync(path.join(dir, "transforms"));
  entry = path.join(dir, "transforms", "index.ts");
  fs.writeFileSync(entry, TRANSFORMS);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("the default limit is the platform's 5 seconds", () => {
  expect(PLATFORM_TIMEOUT_MS).toBe(5000);
});

describe("the node side stops what runs too long and carries on", () => {
  test("an endless loop is stopped at the limit; the next case runs in a new process", async () => {
    const started = await NodeSide.start(entry, dir, { timeoutMs: 500 });
    if (!started.ok) throw new Error(started.message);
    try {
      const clock = Date.now();
      const forever = await started.side.run(call("forever", "Forever"));
      expect(forever).toMatchObject({ fault: "timeout", detail: expect.stringMatching(/500 ms/) });
      expect(Date.now() - clock).toBeLessThan(5000);
      const ok = await started.side.run(call("ok", "Ok"));
      expect(ok.fault).toBeUndefined();
      expect(ok.outcome!.response.body).toBe('{"ok":true,"operation":"Ok"}');
      expect(started.side.starts).toBe(2);
    } finally {
      started.side.close();
    }
  });

  test("a flood of logs and a huge body are cut to the limits, with a marker", async () => {
    const started = await NodeSide.start(entry, dir);
    if (!started.ok) throw new Error(started.message);
    try {
      const flood = await started.side.run(call("flood", "Flood"));
      const outcome = flood.outcome!;
      expect(outcome.logs).toHaveLength(OUTCOME_LIMITS.logs + 1);
      expect(outcome.logs.at(-1)!.message).toBe(`[csxc: ${3000 - OUTCOME_LIMITS.logs} more log entries cut]`);
      expect(outcome.response.body!.length).toBeLessThan(OUTCOME_LIMITS.text + 100);
      expect(outcome.response.body).toMatch(/… \[csxc: \d+ more characters cut\]$/);
    } finally {
      started.side.close();
    }
  });

  test("top-level code that never ends is a load failure, not a hang", async () => {
    const file = path.join(dir, "transforms", "stuck.ts");
    fs.writeFileSync(file, `import { defineTransforms } from "csxc";\nwhile (true) {}\nexport default defineTransforms({});\n`);
    const started = await NodeSide.start(file, dir, { timeoutMs: 300 });
    expect(started).toEqual({ ok: false, message: expect.stringMatching(/stuck\.ts failed: its top-level code did not finish within 5300 ms/) });
  });
});

async function csxc(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s), isTTY: false });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describeDotnet("csxc verify always ends, with a result per case", () => {
  test("endless loop, stack overflow, async recursion and a flood, each followed by a case that agrees", async () => {
    const cases: Case[] = [
      call("forever", "Forever"),
      call("after forever", "Ok"),
      call("deep", "Deep"),
      call("after deep", "Ok"),
      call("deep async", "DeepAsync"),
      call("after deep async", "Ok"),
      call("flood", "Flood"),
      call("after flood", "Ok"),
    ];
    const file = path.join(dir, "cases.json");
    fs.writeFileSync(file, JSON.stringify(cases));
    const clock = Date.now();
    const { code, out } = await csxc("verify", "--transforms", entry, "--cases", file, "--timeout", "1000", "--json");
    const millis = Date.now() - clock;
    expect(code).toBe(1);
    // Output per case is capped: the whole report stays small although one case logs 3,000 lines and answers 1.2 MB.
    expect(out.length).toBeLessThan(6 * OUTCOME_LIMITS.text);
    const result = JSON.parse(out) as { results: CaseReport[]; restarts: { node: number; dotnet: number } };
    const verdicts = result.results.map((r) => [r.name, r.result, r.node.fault ?? "-", r.dotnet?.fault ?? "-"]);
    expect(verdicts).toEqual([
      ["forever", "timeout", "timeout", "timeout"],
      ["after forever", "agree", "-", "-"],
      ["deep", "crash", "-", "crashed"],
      ["after deep", "agree", "-", "-"],
      ["deep async", "crash", "-", "crashed"],
      ["after deep async", "agree", "-", "-"],
      ["flood", "agree", "-", "-"], // both sides cut alike
      ["after flood", "agree", "-", "-"],
    ]);
    expect(result.results[2].dotnet!.detail).toMatch(/^crashed: stack overflow/);
    expect(result.results[6].dotnet!.outcome!.logs).toHaveLength(OUTCOME_LIMITS.logs + 1);
    expect(result.restarts).toEqual({ node: 1, dotnet: 3 });
    console.log(`verify of 8 hostile and ordinary cases: ${millis} ms, restarts ${JSON.stringify(result.restarts)}`);
  }, 180_000);

  test("the human report names the side that ran over", async () => {
    const file = path.join(dir, "one.json");
    fs.writeFileSync(file, JSON.stringify([call("forever", "Forever"), call("after", "Ok")]));
    const { code, err } = await csxc("verify", "--transforms", entry, "--cases", file, "--timeout", "800");
    expect(code).toBe(1);
    expect(err).toMatch(/✗ forever \(.*one\.json\): node and \.NET ran past the time limit\n\s+node:\s+did not finish within 800 ms/);
  }, 120_000);

  test("--timeout must be a number of milliseconds", async () => {
    const { code, err } = await csxc("verify", "--transforms", entry, "--cases", "x.json", "--timeout", "soon");
    expect({ code, err }).toEqual({ code: 2, err: "csxc verify: --timeout must be a whole number of milliseconds from 1 to 600000, got 'soon'" });
  });
});
