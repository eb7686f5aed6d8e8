// Identifier mangling: no user name collides with a name the script relies on, a C# keyword or
// reserved identifier, or another user name after C#'s own normalisation; hook methods of
// operationIds that are alike in ASCII stay apart. Emitted and compiled with Roslyn.

import * as fs from "node:fs";
import * as path from "node:path";
import { csIdentifier, reservedNames } from "../../src/emit/naming";
import { renderScript } from "../../src/emit/script";
import { compileManyOnDotnet } from "../../src/verify/dotnet";
import { describeDotnet } from "../support/dotnet-gate";
import { emitFiles } from "../support/project";

const RUNTIME_NAMES = ["System", "Convert", "Encoding", "Regex", "Uri", "CsxReq", "JsDate", "Js", "Script", "Task", "JToken", "JObject", "Math", "Context", "ExecuteAsync", "RouteAsync", "KnownOperations"];
const RESERVED_KEYWORDS = ["__arglist", "__makeref", "__reftype", "__refvalue"];

/** A project whose top-level names and hook keys are all hostile. */
function hostileNames(): Record<string, string> {
  const consts = RUNTIME_NAMES.map((n, i) => `const ${n} = ${i};`).join("\n");
  const keywords = RESERVED_KEYWORDS.map((n, i) => `const ${n} = ${i};`).join("\n");
  const all = [...RUNTIME_NAMES, ...RESERVED_KEYWORDS, "ab", "a\u200Db", "a\\u200Cb", "$ref", "_ref", "_", "nameof", "Op_Handle"];
  return {
    "transforms/index.ts": `import { defineTransforms, type Req, type Ctx } from "csxc";
${consts}
${keywords}
const ab = 21;
const a\u200Db = 22;
const a\\u200Cb = 23;
const $ref = "r1";
const _ref = "r2";
const _ = 5;
function nameof(x: number): number {
  return x * 2;
}
function Op_Handle(req: Req, ctx: Ctx) {
  return ctx.respond(200, { op: ctx.operationId });
}
function all() {
  return [${all.filter((n) => n !== "Op_Handle").map((n) => (n === "nameof" ? "nameof(1)" : n)).join(", ")}];
}
export default defineTransforms({
  Op: { async handle(req, ctx) { return ctx.respond(200, { all: all(), date: new Date(0).toISOString(), n: Number("1e3"), u: encodeURIComponent("a b") }); } },
  "a-b": { async handle(req, ctx) { return ctx.respond(200, 1); } },
  a_b: { async handle(req, ctx) { return ctx.respond(200, 2); } },
  "a b": { async handle(req, ctx) { return ctx.respond(200, 3); } },
  Fallback: { async handle(req, ctx) { return ctx.respond(200, 4); } },
  "*": { async handle(req, ctx) { return ctx.respond(200, 5); } },
  "1x": { async handle(req, ctx) { return ctx.respond(200, 6); } },
  _1x: { async handle(req, ctx) { return ctx.respond(200, 7); } },
  "\u00e9t\u00e9": { async handle(req, ctx) { return ctx.respond(200, 8); } },
  "__\u00e9t\u00e9": { async handle(req, ctx) { return ctx.respond(200, 9); } },
  Other: { async response(res) { const ctx = 1; const req = 2; res.setJson(ctx + req); } },
});
`,
  };
}

describe("names", () => {
  test("the reserved names come from the runtime and the template, not a list", () => {
    const reserved = reservedNames();
    for (const n of ["System", "Convert", "Encoding", "Regex", "Uri", "CsxReq", "JsDate", "Js", "Script", "Task", "JToken", "JObject", "RouteAsync", "KnownOperations", "ExecuteAsync"]) expect(reserved).toContain(n);
    // Ordinary names stay as written.
    for (const n of ["entries", "body", "value", "text", "result", "res", "items", "größe"]) expect(csIdentifier(n)).toBe(n);
  });

  test("every hostile name gets a C# name of its own", () => {
    expect(csIdentifier("a\u200Db")).not.toBe(csIdentifier("ab"));
    expect(csIdentifier("a\u200Db")).toMatch(/^[A-Za-z0-9_]+$/);
    expect(csIdentifier("__arglist")).toBe("@__arglist");
    expect(csIdentifier("_")).not.toBe("_");
    expect(csIdentifier("nameof")).not.toBe("nameof");
    expect(csIdentifier("\u2118")).toMatch(/^[A-Za-z0-9_]+$/); // ℘ starts a JS name, not a C# one
    for (const n of RUNTIME_NAMES) expect(csIdentifier(n)).not.toBe(n);

    const { result, code } = emitFiles(hostileNames());
    expect(result.diagnostics).toEqual([]);
    const names = result.members.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    // The router's own two members are the only members of those names.
    for (const n of [...RUNTIME_NAMES, "_", "nameof"]) expect(names.filter((m) => m === n)).toEqual(n === "RouteAsync" || n === "KnownOperations" ? [n] : []);
    // No format character reaches the script, where C# would drop it and merge two names.
    expect(code).not.toMatch(/[\u200B-\u200F\u2060\uFEFF]/);
  });
});

describeDotnet("hostile names compile", () => {
  test("Roslyn compiles the script of the hostile names", async () => {
    const { result, dir } = emitFiles(hostileNames());
    expect(result.diagnostics).toEqual([]);
    const script = path.join(dir, "script.csx");
    fs.writeFileSync(script, renderScript(result).text);
    const [compiled] = await compileManyOnDotnet([script]);
    expect(compiled.diagnostics).toEqual([]);
  }, 300_000);
});
