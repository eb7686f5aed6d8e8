import { emitFiles, hookSource } from "../support/project";
import * as fs from "node:fs";
import * as path from "node:path";

const transformsDir = path.join(__dirname, "../../transforms");
const clockifyTransforms = Object.fromEntries(
  fs.readdirSync(transformsDir).filter((f) => f.endsWith(".ts")).map((f) => [`transforms/${f}`, fs.readFileSync(path.join(transformsDir, f), "utf8")]),
);

describe("emitter core", () => {
  test("the Clockify transforms emit without diagnostics", () => {
    const { result, code } = emitFiles(clockifyTransforms);
    expect(result.diagnostics).toEqual([]);
    expect(result.operations).toEqual(expect.arrayContaining(["GetTimeEntriesForUser_v1", "ReportDetailed", "CreateExpense"]));
    expect(code).toContain("private static async Task<CsxRes> ReportDetailed_Handle(CsxReq req, CsxCtx ctx)");
    expect(code).toContain('Js.Get(Js.Get(entry, "timeInterval"), "duration")');
    expect(code).toContain("private static async Task<CsxRes> GetTimeEntriesForUser_v1_Handle(CsxReq req, CsxCtx ctx)");
  });

  test("output is byte-identical for the same input", () => {
    const a = emitFiles(clockifyTransforms).code;
    const b = emitFiles(clockifyTransforms).code;
    expect(a).toBe(b);
  });

  test("C# keywords are escaped and TypeScript names kept", () => {
    const { code, result } = emitFiles({
      "transforms/index.ts": hookSource(`      const string = "a";
      const object = 2;
      const params = string + object;
      res.setJson(params);`),
    });
    expect(result.diagnostics).toEqual([]);
    expect(code).toContain('string @string = "a";');
    expect(code).toContain("double @object = 2d;");
    expect(code).toContain("string @params = @string + Js.NumberToString(@object);");
  });

  test("a name reused in a nested scope gets a fresh C# name", () => {
    const { code, result } = emitFiles({
      "transforms/index.ts": hookSource(`      const x = 1;
      if (x > 0) {
        const y = x;
        res.setJson(y);
      } else {
        const y = "two";
        res.setJson(y);
      }`),
    });
    expect(result.diagnostics).toEqual([]);
    expect(code).toContain("double y = x;");
    expect(code).toContain('string y_2 = "two";');
  });

  test("narrowing converts a JSON value to the primitive the checker proved", () => {
    const { code, result } = emitFiles({
      "transforms/index.ts": hookSource(`      const body = await res.json<{ name: string | null }>();
      const name = body.name;
      if (name !== null) {
        res.setText(name.length > 3 ? "long" : "short");
      }`),
    });
    expect(result.diagnostics).toEqual([]);
    expect(code).toContain('string name = Js.StrOrNull(Js.Get(body, "name"));');
    expect(code).toContain("if (!(name == null))");
  });

  test("a hook that names a top-level function calls it instead of copying it", () => {
    const { code } = emitFiles(clockifyTransforms);
    // The Clockify transforms' GetTimeEntriesForUser_v1 hook is `handle: everyTimeEntry`.
    expect(code.match(/private static async Task<CsxRes> everyTimeEntry\(/g)?.length).toBe(1);
    expect(code).toContain("return await everyTimeEntry(req, ctx).ConfigureAwait(false);");
  });

  test("operations without a transform are forwarded; '*' is the fallback", () => {
    const { code, result } = emitFiles({
      "transforms/index.ts": `import { defineTransforms, HttpError } from "csxc";
export default defineTransforms({
  "*": { handle(req, ctx) { throw new HttpError(400, "unknown operation " + ctx.operationId); } },
});
`,
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.operations).toEqual([]);
    expect(code).toContain("return await Fallback_Handle(req, ctx).ConfigureAwait(false);");
  });

  test("a hook that is not async and returns the promise of ctx.send awaits it", () => {
    const { code, result } = emitFiles({
      "transforms/index.ts": `import { defineTransforms } from "csxc";
export default defineTransforms({
  "*": { handle: (req, ctx) => ctx.send(req) },
});
`,
    });
    expect(result.diagnostics).toEqual([]);
    expect(code).toContain("return await ctx.Send(req).ConfigureAwait(false);");
    expect(code).not.toContain("Task.CompletedTask");
  });

  test("a hook given in shorthand (`{ handle }`) is the function of that name", () => {
    const { code, result } = emitFiles({
      "transforms/index.ts": `import { defineTransforms, type Req, type Ctx } from "csxc";
async function handle(req: Req, ctx: Ctx) { return await ctx.send(req); }
export default defineTransforms({ "*": { handle } });
`,
    });
    expect(result.diagnostics).toEqual([]);
    expect(code).toContain("return await handle(req, ctx).ConfigureAwait(false);");
  });
});
