// build's guard: the script is compiled with Roslyn before build/ is written, and any C# error stops
// the build as a csxc bug at the TypeScript line, with build/ left as it was.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import * as script from "../../src/emit/script";
import { checkCSharp } from "../../src/verify/csharp-guard";
import { describeDotnet } from "../support/dotnet-gate";

const SWAGGER = {
  swagger: "2.0",
  info: { title: "Guard", version: "1.0.0", description: "The build guard's test connector" },
  host: "api.example.com",
  basePath: "/",
  schemes: ["https"],
  consumes: ["application/json"],
  produces: ["application/json"],
  paths: { "/items": { get: { operationId: "GetItems", summary: "Get items", responses: { "200": { description: "OK" } } } } },
};

const TRANSFORMS = `import { defineTransforms } from "csxc";

export default defineTransforms({
  GetItems: {
    async response(res, ctx) {
      res.setJson({ items: await res.json(), operation: ctx.operationId });
    },
  },
});
`;

/** A C# member that does not compile, placed by `#line` at line 6 of transforms/index.ts, as an emitter bug would be. */
const BROKEN = `\n#line 6 "transforms/index.ts"\n    static int Broken() { return "text"; }\n#line default\n`;
const breakScript = (text: string) => text.replace(/\n}\s*$/, `${BROKEN}}\n`);

async function csxc(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s), isTTY: false });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const listing = (dir: string) => Object.fromEntries(fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).sort().map((f) => [f, fs.statSync(path.join(dir, f)).isFile() ? fs.readFileSync(path.join(dir, f)).toString("base64") : "dir"]));

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-guard-test-"));
  fs.mkdirSync(path.join(dir, "transforms"));
  fs.mkdirSync(path.join(dir, "connector"));
  fs.writeFileSync(path.join(dir, "transforms", "index.ts"), TRANSFORMS);
  fs.writeFileSync(path.join(dir, "connector", "apiDefinition.swagger.json"), JSON.stringify(SWAGGER, null, 2));
  fs.writeFileSync(path.join(dir, "connector", "apiProperties.json"), JSON.stringify({ properties: { iconBrandColor: "#da3b01", capabilities: [], policyTemplateInstances: [] } }, null, 2));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => jest.restoreAllMocks());

describeDotnet("build compiles the script before writing it", () => {
  test("a C# error is a csxc bug at the TypeScript line, and build/ is left as it was", async () => {
    const clock = Date.now();
    const first = await csxc("build", "--project", dir);
    const withGuard = Date.now() - clock;
    expect(first.code).toBe(0);
    const before = listing(path.join(dir, "build"));

    const real = script.renderScript;
    jest.spyOn(script, "renderScript").mockImplementation((result, options) => {
      const rendered = real(result, options);
      return { ...rendered, text: breakScript(rendered.text) };
    });
    // --no-cache: the sources are unchanged, only what the emitter writes is not (the mock above).
    const broken = await csxc("build", "--project", dir, "--no-cache");
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/(^|[\\/])transforms[\\/]index\.ts\(6,\d+\): error CSX4020: csxc compiler bug: the C# emitted for this line does not compile \(C# CS0029: .*\); build\/ was left as it was\. Please report it/m);
    expect(listing(path.join(dir, "build"))).toEqual(before);

    // --no-csharp-check skips the compile (and so writes what the emitter made): the guard is what stopped it.
    const skipped = await csxc("build", "--project", dir, "--no-csharp-check", "--no-cache"); // not cached: the mock wrote it
    expect(skipped.code).toBe(0);
    jest.restoreAllMocks();
    const clock2 = Date.now();
    expect((await csxc("build", "--project", dir, "--no-csharp-check")).code).toBe(0);
    console.log(`build with the C# guard ${withGuard} ms (a first build), without ${Date.now() - clock2} ms`);
  }, 300_000);

  test("the guard's own time, on a script that compiles and one that does not", async () => {
    expect((await csxc("build", "--project", dir, "--no-csharp-check")).code).toBe(0);
    // A comment of its own, so that the guard's cache of scripts that passed does not answer.
    const text = `// ${process.pid} ${Date.now()}\n${fs.readFileSync(path.join(dir, "build", "script.csx"), "utf8")}`;
    const ok = await checkCSharp(text, dir);
    expect(ok).toMatchObject({ ran: true, diagnostics: [] });
    const bad = await checkCSharp(breakScript(text), dir);
    expect(bad.diagnostics.map((d) => [d.file, d.line, d.code])).toEqual([[path.join("transforms", "index.ts"), 6, "CSX4020"]]);
    console.log(`C# guard: ${ok.millis} ms for a ${text.length}-character script`);
  }, 120_000);
});
