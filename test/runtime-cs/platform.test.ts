// The runtime snippets as the platform sees them: script.csx.template filled with EVERY feature and a
// hand-written router, compiled by the harness as the platform would (C# 7.3 against .NET Standard
// 2.0; then again with all 26 supported namespaces imported, where a name such as Formatting
// becomes ambiguous; then the check that every type used is in those namespaces), and replayed
// through cases whose outcomes must equal node's for the same transforms.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { HttpError, type Transforms } from "../../src/runtime/api";
import { hmacSha256Hex, isoDuration } from "../../src/runtime/helpers";
import { loadFeatures } from "../../src/emit/runtime-features";
import { templatePath } from "../../src/emit/script";
import type { Case } from "../../src/verify/case";
import { compareOutcomes, renderDifferences } from "../../src/verify/compare";
import { runOnDotnet, type DotnetRun } from "../../src/verify/dotnet";
import { runCaseOnNode } from "../../src/verify/node-side";
import { describeDotnet } from "../support/dotnet-gate";

/** The C# a transforms map becomes, written by hand: what RouteAsync does for the node map below. */
const ROUTER = `    static readonly string[] KnownOperations = { "Echo", "Forward", "Fail", "Crash" };

    async Task<CsxRes> RouteAsync(string operationId, CsxReq req, CsxCtx ctx)
    {
        switch (operationId)
        {
            case "Echo":
                var body = await req.Json().ConfigureAwait(false);
                ctx.Log.Info("{braces} {0} " + ctx.OperationId);
                return ctx.Respond(200, new JObject
                {
                    ["got"] = body,
                    ["op"] = ctx.OperationId,
                    ["q"] = Js.BoxOrNull(req.Query.Get("q")),
                    ["corr"] = ctx.CorrelationId,
                    ["orig"] = ctx.OriginalUrl,
                    ["hook"] = ctx.NotificationUrl("/cb?x=1"),
                    ["seconds"] = CsxIsoDuration.ToSeconds("PT1H30M"),
                    ["hmac"] = CsxCrypto.HmacSha256Hex("key", "message", "utf8"),
                });
            case "Forward":
                req.Headers.Set("X-Added", "1");
                req.Query.Set("page", "2");
                var res = await ctx.Send(req).ConfigureAwait(false);
                res.Headers.Set("X-Status", Js.NumberToString(res.Status));
                return res;
            case "Fail":
                throw new HttpError(418, "teapot {x}");
            case "Crash":
                throw new JsError("boom");
            default:
                return await ctx.Send(req).ConfigureAwait(false);
        }
    }`;

const TRANSFORMS: Transforms = {
  Echo: {
    async handle(req, ctx) {
      const body = await req.json();
      ctx.log.info("{braces} {0} " + ctx.operationId);
      return ctx.respond(200, {
        got: body,
        op: ctx.operationId,
        q: req.query.get("q"),
        corr: ctx.correlationId,
        orig: ctx.originalUrl,
        hook: ctx.notificationUrl("/cb?x=1"),
        seconds: isoDuration.toSeconds("PT1H30M"),
        hmac: hmacSha256Hex("key", "message", "utf8"),
      });
    },
  },
  Forward: {
    request(req) {
      req.headers.set("X-Added", "1");
      req.query.set("page", "2");
    },
    response(res) {
      res.headers.set("X-Status", String(res.status));
    },
  },
  Fail: {
    handle() {
      throw new HttpError(418, "teapot {x}");
    },
  },
  Crash: {
    handle() {
      throw new Error("boom");
    },
  },
};

/** The template with every runtime feature, as src/emit/script.ts pastes them. */
function scriptText(): string {
  const runtime = [...loadFeatures().values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((f) => `    #region csxc runtime: ${f.name}\n    ${f.code}\n    #endregion`)
    .join("\n\n");
  return fs
    .readFileSync(templatePath(), "utf8")
    .replace(/\r\n/g, "\n")
    .replace("{{version}}", "test")
    .replace("{{sources}}", "test/runtime-cs/platform.test.ts")
    .replace("{{transforms}}", () => ROUTER)
    .replace("{{runtime}}", () => runtime); // a function: the runtime holds $ patterns such as $'
}

// %41 would do here, but .NET sends it as "A" (System.Uri unescapes unreserved characters; see test/conformance/cases/pending.ts).
const URL_ = "https://api.example.com/v1/items?q=search%20me&keep=%2B";
const jsonBody = { a: [1, 2.5, "é"], "2": null };

function call(name: string, operationId: string, extra: Partial<Case> = {}): Case {
  return {
    name,
    operationId,
    request: { method: "POST", url: URL_, headers: { "X-Api-Key": "k", "Content-Type": "application/json" }, body: jsonBody },
    upstream: [{ status: 201, headers: { "Content-Type": "application/json" }, body: { created: true } }],
    context: { correlationId: "corr-7", notificationBase: "https://hooks.example.com/base/" },
    ...extra,
  };
}

const CASES: Case[] = [
  call("a handle with ctx and helpers", "Echo"),
  call("the operationId base64-encoded", Buffer.from("Echo").toString("base64")),
  // How the router reads what the platform passes (Routing.cs against run.ts): padded and unpadded
  // base64, base64 of no known name, of an unknown one, padding alone, a line break, extra padding.
  ...["Rm9yd2FyZA==", "Rm9yd2FyZA", "RWNobw==\n", "RWNobw====", "", "AAAA", "====", "Kg==", "w6k=", "*", "ZWNobw=="].map((raw) =>
    call(`the operationId ${JSON.stringify(raw)} routed`, raw),
  ),
  call("request and response hooks around the backend call", "Forward"),
  call("an HttpError", "Fail"),
  call("any other error", "Crash"),
  call("an operation without a transform is forwarded", "Unknown"),
  call("a body that is not JSON", "Echo", { request: { method: "POST", url: URL_, headers: {}, body: "not json" } }),
];

describeDotnet("the runtime on the platform's terms", () => {
  let run: DotnetRun;
  let scratch: string;

  beforeAll(async () => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-runtime-platform-"));
    const file = path.join(scratch, "script.csx");
    fs.writeFileSync(file, scriptText());
    run = await runOnDotnet(file, CASES);
  }, 300_000);

  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  test("every feature together compiles as the platform compiles a script", () => {
    expect(run.compile.diagnostics.map((d) => `${d.pass} ${d.code} line ${d.line}: ${d.message}`)).toEqual([]);
    expect(run.compile.ok).toBe(true);
  });

  test.each(CASES.map((c, i) => [c.name, i] as const))("%s: the same outcome as node", async (_name, i) => {
    const node = await runCaseOnNode(TRANSFORMS, CASES[i]);
    const dotnet = run.outcomes[i];
    expect(dotnet).toBeDefined();
    expect(renderDifferences(compareOutcomes(node, dotnet))).toBe(renderDifferences([]));
  });
});
