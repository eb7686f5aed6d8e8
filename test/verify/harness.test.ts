// The .NET harness on its own: hand-written C# scripts (no emitter), compiled as the platform would
// and replayed through cases, with the exact outcomes that `csxc verify` compares against node's.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Case, CaseUpstream } from "../../src/verify/case";
import { compareOutcomes } from "../../src/verify/compare";
import { runOnDotnet, type DotnetRun } from "../../src/verify/dotnet";
import { loadTransforms } from "../../src/verify/load-transforms";
import { EXHAUSTED_BODY, runCaseOnNode } from "../../src/verify/node-side";
import { JSON_TYPE } from "../../src/runtime/body";
import { describeDotnet } from "../support/dotnet-gate";

const ECHO = path.join(__dirname, "..", "fixtures", "csharp", "echo.csx");
const URL_ = "https://api.example.com/v1/items?q=1";

function call(operationId: string, overrides: Partial<Case> = {}): Case {
  return { name: operationId, operationId, request: { method: "GET", url: URL_, headers: {}, body: null }, upstream: [], ...overrides };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): CaseUpstream => ({
  status,
  headers: { "Content-Type": "application/json", ...headers },
  body: body as CaseUpstream["body"],
});

let scratch: string;
beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-harness-test-"));
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** Runs a script given as text (written to a file named `name`). */
async function runScript(source: string, cases: Case[] = [], name = "script.csx"): Promise<{ run: DotnetRun; file: string }> {
  const file = path.join(scratch, name);
  fs.writeFileSync(file, source);
  return { run: await runOnDotnet(file, cases), file };
}

const HEADER = `using System;\nusing System.Net;\nusing System.Net.Http;\nusing System.Threading.Tasks;\nusing Newtonsoft.Json;\nusing Newtonsoft.Json.Linq;\n\n`;

/** A Script whose ExecuteAsync holds `body`, after the usings in HEADER (the first line of `body` is line 12, or 13 with one extra using). */
const script = (body: string, extraUsings = "") =>
  `${HEADER}${extraUsings}public class Script : ScriptBase\n{\n    public override async Task<HttpResponseMessage> ExecuteAsync()\n    {\n${body}\n    }\n}\n`;

describeDotnet("the .NET harness", () => {
  describe("replays cases through a hand-written script", () => {
    const cases: Case[] = [
      call("Echo", {
        request: { method: "POST", url: URL_, headers: { "X-Test": "a", "Content-Type": "text/plain" }, body: "héllo" },
        context: { correlationId: "c-1" },
      }),
      call("Forward", {
        request: { method: "POST", url: "https://api.example.com/v1/items", headers: { "X-Api-Key": "k", "Content-Type": "application/json" }, body: { a: 1.5 } },
        upstream: [json(200, [{ name: "n1" }, { name: "n2" }], { "X-Upstream": "yes", "X-Other": "1" })],
      }),
      call("Forward", {
        name: "exhausted",
        request: { method: "POST", url: "https://api.example.com/v1/items", headers: {}, body: { a: 1 } },
      }),
      call("Twice", { upstream: [{ status: 201, headers: {}, body: null }] }),
      call("Webhook", { context: { notificationBase: "https://n.test/base/", originalUrl: "https://orig.test/x?y=1" } }),
      call("Bytes"),
      call("Crash"),
      call("Unknown"),
    ];
    let run: DotnetRun;
    beforeAll(async () => {
      run = await runOnDotnet(ECHO, cases);
    }, 120_000);

    test("it compiles", () => {
      expect(run.compile).toEqual({ ok: true, diagnostics: [] });
      expect(run.outcomes).toHaveLength(cases.length);
    });

    test("no backend call: the request, the context and a log as the script saw them", () => {
      expect(run.outcomes[0]).toEqual({
        sent: [],
        response: {
          status: 200,
          headers: { "content-type": JSON_TYPE },
          body: JSON.stringify({ method: "POST", url: URL_, test: "a", contentType: "text/plain", body: "héllo", correlationId: "c-1", originalUrl: URL_ }),
        },
        logs: [{ level: "info", message: "echo POST" }],
      });
    });

    test("a forwarded call: the rewritten request is recorded, the upstream answer is rewritten", () => {
      expect(run.outcomes[1]).toEqual({
        sent: [
          {
            method: "POST",
            url: "https://api.example.com/v2/items",
            headers: { authorization: "Bearer secret", "content-type": JSON_TYPE },
            body: '{"a":1.5,"forwarded":true}',
          },
        ],
        response: { status: 200, headers: { "content-type": JSON_TYPE, "x-other": "1" }, body: '{"names":["n1","n2"],"count":2}' },
        logs: [{ level: "info", message: "forwarded 2" }],
      });
    });

    test("an exhausted upstream answers 502 with csxc's message, as the node side does", () => {
      expect(run.outcomes[2].response).toEqual({ status: 502, headers: { "content-type": JSON_TYPE }, body: EXHAUSTED_BODY });
      expect(run.outcomes[2].logs).toEqual([{ level: "error", message: "upstream said 502" }]);
      expect(run.outcomes[3].response.body).toBe("[201,502]");
      expect(run.outcomes[3].sent.map((s) => [s.method, s.url, s.body])).toEqual([
        ["GET", URL_, null],
        ["GET", "https://api.example.com/second", null],
      ]);
    });

    test("OriginalRequestUri and CreateNotificationUri follow the case's context", () => {
      expect(run.outcomes[4].response).toEqual({
        status: 202,
        headers: { location: "https://n.test/base/hook?id=a%20b", "x-original": "https://orig.test/x?y=1" },
        body: null,
      });
    });

    test("bytes that are not UTF-8 come back as bodyBase64", () => {
      expect(run.outcomes[5].response).toEqual({ status: 200, headers: {}, body: null, bodyBase64: Buffer.from([0xff, 0x00, 0x41]).toString("base64") });
    });

    test("an exception is the platform's bare 500, with what was thrown beside it and the logs kept", () => {
      expect(run.outcomes[6]).toEqual({
        sent: [],
        response: { status: 500, headers: {}, body: null },
        logs: [{ level: "warn", message: "about to fail" }],
        crash: "System.InvalidOperationException: boom",
      });
    });

    test("an unknown operation gets the script's own 400", () => {
      expect(run.outcomes[7].response).toEqual({ status: 400, headers: { "content-type": JSON_TYPE }, body: `{"message":"Unknown operation ID 'Unknown'"}` });
    });

    test("node runs the TypeScript twin of the script to the very same outcomes", async () => {
      const loaded = loadTransforms(path.join(__dirname, "..", "fixtures", "csharp", "echo.transforms.ts"));
      if (!loaded.ok) throw new Error(loaded.message);
      const shared = cases.map((c, i) => ({ c, i })).filter(({ c }) => c.operationId !== "Bytes" && c.operationId !== "Crash");
      for (const { c, i } of shared) {
        expect({ name: c.name, differences: compareOutcomes(await runCaseOnNode(loaded.transforms, c), run.outcomes[i]) }).toEqual({ name: c.name, differences: [] });
      }
    });
  });

  test("a script that runs past the platform's 5 seconds is a 500", async () => {
    const started = Date.now();
    const run = await runOnDotnet(ECHO, [call("Slow"), call("Bytes")]);
    expect(run.outcomes[0].response).toEqual({ status: 500, headers: {}, body: null });
    expect(run.outcomes[0].crash).toMatch(/^System\.TimeoutException: ExecuteAsync did not finish within \d+ ms \(the platform allows 5 s\)/);
    expect(run.outcomes[1].response.status).toBe(200); // the next case is not held up
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 60_000);

  test("a lone surrogate the script logged reaches node as that UTF-16 code unit, not U+FFFD", async () => {
    // "😀 smile".at(1) in JS: the low half of the emoji alone. C# escapes, so the .csx file is valid UTF-8.
    const body = [
      String.raw`        var lone = "\uD83D\uDE00 smile".Substring(1, 1);`,
      String.raw`        Context.Logger.LogInformation("a" + lone + "\"b\\\n\uD83D\uDE00" + "\uD83D");`,
      `        return new HttpResponseMessage { Content = new StringContent("ok") };`,
    ].join("\n");
    const { run } = await runScript(script(body, "using Microsoft.Extensions.Logging;\n"), [call("Any")]);
    // A pair, a quote, a backslash and a newline are written as ever beside the lone ones.
    expect(run.outcomes[0].logs).toEqual([{ level: "info", message: 'a\uDE00"b\\\n😀\uD83D' }]);
  });

  test("scripts run under tr-TR, so code that depends on the culture differs from node", async () => {
    const text = `1.5.ToString() + " " + "i".ToUpper() + " " + 1.5.ToString(System.Globalization.CultureInfo.InvariantCulture)`;
    const { run } = await runScript(script(`        return new HttpResponseMessage { Content = new StringContent(${text}) };`), [call("Any")]);
    expect(run.outcomes[0].response.body).toBe("1,5 İ 1.5");
  });

  describe("compile errors", () => {
    test("an error under #line points at the TypeScript file and line; others at script.csx", async () => {
      const body = `#line 5 "transforms/x.ts"\n        int wrong = "text";\n#line default\n        string alsoWrong = 1;\n        return null;`;
      const { run, file } = await runScript(script(body));
      expect(run.compile.ok).toBe(false);
      expect(run.compile.diagnostics.map(({ file, line, code, pass }) => ({ file, line, code, pass }))).toEqual([
        { file: "transforms/x.ts", line: 5, code: "CS0029", pass: "platform" },
        { file, line: 15, code: "CS0029", pass: "platform" },
      ]);
      expect(fs.readFileSync(file, "utf8").split("\n")[14]).toContain("alsoWrong");
      expect(run.outcomes).toEqual([]);
    });

    test("Formatting is ambiguous once the platform imports System.Xml too", async () => {
      const { run, file } = await runScript(script(`        return new HttpResponseMessage { Content = CreateJsonContent(new JObject().ToString(Formatting.None)) };`));
      expect(run.compile.diagnostics).toEqual([
        expect.objectContaining({ file, line: 12, code: "CS0104", pass: "implicit-usings", message: expect.stringContaining("Newtonsoft.Json.Formatting") }),
      ]);
    });

    test("a type outside the 26 supported namespaces fails the namespace pass; CultureInfo is allowed", async () => {
      const body = [
        `        var counts = new ConcurrentDictionary<string, int>();`,
        `        var text = 1.5.ToString(System.Globalization.CultureInfo.InvariantCulture);`,
        `        return new HttpResponseMessage { Content = CreateJsonContent(text) };`,
      ].join("\n");
      const { run, file } = await runScript(script(body, "using System.Collections.Concurrent;\n"));
      expect(run.compile.diagnostics.map(({ file, line, code, pass }) => ({ file, line, code, pass }))).toEqual([
        { file, line: 8, code: "CSXH001", pass: "namespaces" },
        { file, line: 13, code: "CSXH001", pass: "namespaces" },
      ]);
      expect(run.compile.diagnostics[1].message).toContain("System.Collections.Concurrent");
    });

    test("C# 7.3 only, against .NET Standard 2.0", async () => {
      const { run } = await runScript(script(`        string s = null;\n        s ??= "a";\n        return new HttpResponseMessage { Content = CreateJsonContent(string.Join(',', new[] { s })) };`));
      expect(run.compile.diagnostics.map((d) => d.code)).toEqual(["CS8370", "CS1503"]);
    });

    test("the class must be Script : ScriptBase", async () => {
      const { run } = await runScript(`${HEADER}public class Other : ScriptBase\n{\n    public override Task<HttpResponseMessage> ExecuteAsync() { return null; }\n}\n`);
      expect(run.compile.diagnostics.map((d) => [d.code, d.pass])).toEqual([["CSXH002", "platform"]]);
    });

    test("a script file that does not exist is reported, not thrown past", async () => {
      await expect(runOnDotnet(path.join(scratch, "missing.csx"), [])).rejects.toThrow(/harness failed.*missing\.csx/s);
    });
  });

  test("300 cases in one run", async () => {
    const kinds = ["Echo", "Forward", "Twice", "Webhook", "Bytes", "Unknown"];
    const cases = Array.from({ length: 300 }, (_, i) => {
      const op = kinds[i % kinds.length];
      return call(op, {
        name: `case ${i}`,
        request: { method: "POST", url: `https://api.example.com/v1/items/${i}`, headers: { "Content-Type": "application/json", "X-Test": String(i) }, body: { i } },
        upstream: [json(200, [{ name: `n${i}` }]), json(204, null)],
      });
    });
    const started = Date.now();
    const run = await runOnDotnet(ECHO, cases);
    const millis = Date.now() - started;
    console.log(`csxc harness: 300 cases (compile included) in ${millis} ms`);
    expect(run.compile.ok).toBe(true);
    expect(run.outcomes).toHaveLength(300);
    expect(run.outcomes.filter((o) => o.crash)).toEqual([]);
    expect(run.outcomes[1].response.body).toBe('{"names":["n1"],"count":1}');
  }, 120_000);
});
