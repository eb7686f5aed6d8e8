// Hostile files and folders: every problem with what csxc reads or is pointed at is one line that
// names the file (and the field), exit 1 for the project's files or 2 for the invocation, never a
// stack trace. The library-level checks are fast; one CLI run per command shows the lines a user sees.
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import { loadSwagger } from "../../src/bundle/swagger";
import { MAX_JSON_DEPTH, readJsonFile } from "../../src/bundle/json-file";
import { loadCaseFile } from "../../src/verify/case-file";
import { verifyInputs } from "../../src/cli/verify-inputs";
import { projectPaths } from "../../src/cli/project";
import { CliError } from "../../src/cli/cli-error";
import { CASE, CRASH, csxc, ioProject, SWAGGER } from "./io-project";

const SWAGGER_FILE = path.join("connector", "apiDefinition.swagger.json");
const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
const BOM = "\uFEFF";

function scratch(name: string, content: string | Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "csxc-io-file-")), name);
  fs.writeFileSync(file, content);
  return file;
}

describe("the swagger, whatever the file holds", () => {
  const notObjects: Array<[string, string]> = [
    ["null", "null"],
    ["an array", "[]"],
    ["a number", "42"],
    ["a string", '"swagger"'],
    ["true", "true"],
  ];
  test.each(notObjects)("%s is refused as not an object", async (_what, text) => {
    const loaded = await loadSwagger(scratch("s.json", text));
    expect(loaded).toEqual({ ok: false, problems: [{ field: "(document)", problem: expect.stringMatching(/^must be a JSON object/) }] });
  });

  test.each([
    ["empty", "", /^empty/],
    ["whitespace", "  \n", /^empty/],
    ["not JSON", "{ swagger: 2.0", /^not valid JSON at line 1, column 3/],
    ["cut short", JSON.stringify(SWAGGER).slice(0, 100), /^not valid JSON/],
    ["binary", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), /^not valid JSON/],
    ["nested past the limit", `{"swagger":"2.0","x":${nested(100_000)}}`, new RegExp(`^nested deeper than ${MAX_JSON_DEPTH} levels`)],
  ] as Array<[string, string | Buffer, RegExp]>)("%s is one problem for the file", async (_what, text, problem) => {
    const loaded = await loadSwagger(scratch("s.json", text));
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.problems).toEqual([{ field: "(file)", problem: expect.stringMatching(problem) }]);
  });

  test("a byte order mark is accepted", async () => {
    const loaded = await loadSwagger(scratch("s.json", BOM + JSON.stringify(SWAGGER)));
    expect(loaded.ok).toBe(true);
  });

  test("a folder where the file should be is named as one", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-io-dir-"));
    expect(await loadSwagger(dir)).toEqual({ ok: false, problems: [{ field: "(file)", problem: "a folder, not a file" }] });
  });
});

describe("$refs stay inside the definition", () => {
  function withRef(ref: string) {
    const doc = structuredClone(SWAGGER) as { paths: Record<string, { post: { parameters: Array<{ schema: unknown }> } }> };
    doc.paths["/echo"].post.parameters[0].schema = { $ref: ref };
    return JSON.stringify(doc);
  }

  test("a $ref to a local file is refused with its JSON path, even when the file is there", async () => {
    const file = scratch("s.json", withRef("./thing.json#/Thing"));
    fs.writeFileSync(path.join(path.dirname(file), "thing.json"), JSON.stringify({ Thing: { type: "object" } }));
    const loaded = await loadSwagger(file);
    expect(loaded).toEqual({
      ok: false,
      problems: [{ field: "paths./echo.post.parameters.0.schema.$ref", problem: expect.stringMatching(/^"\.\/thing\.json#\/Thing" points outside the definition; .*#\/definitions\/Name/) }],
    });
  });

  test("a $ref to a URL is refused and never fetched", async () => {
    let hits = 0;
    const server = http.createServer((_req, res) => {
      hits++;
      res.end(JSON.stringify({ type: "object" }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const loaded = await loadSwagger(scratch("s.json", withRef(`http://127.0.0.1:${port}/thing.json`)));
      expect(loaded.ok).toBe(false);
      if (!loaded.ok) expect(loaded.problems[0].field).toBe("paths./echo.post.parameters.0.schema.$ref");
      expect(hits).toBe(0);
    } finally {
      server.close();
    }
  });

  test("a $ref inside the document still resolves", async () => {
    expect((await loadSwagger(scratch("s.json", withRef("#/definitions/Thing")))).ok).toBe(true);
  });
});

describe("case files", () => {
  const load = (text: string | Buffer) => loadCaseFile(scratch("case.json", text));

  test("a byte order mark is accepted", () => {
    expect(load(BOM + JSON.stringify(CASE))).toEqual({ cases: [expect.objectContaining({ name: "echo" })], errors: [] });
  });

  test("[] is an error naming the file, not zero cases", () => {
    const { cases, errors } = load("[]");
    expect(cases).toEqual([]);
    expect(errors).toEqual([expect.stringMatching(/case\.json: holds an empty array, so no case/)]);
  });

  test.each([
    ["null", "null", "(case): expected an object, got null"],
    ["a number", "5", "(case): expected an object, got number 5"],
    ["a string", '"case"', '(case): expected an object, got the string "case"'],
    ["an empty file", "", "empty; it must hold JSON"],
  ])("%s is an error naming the file", (_what, text, message) => {
    expect(load(text).errors).toEqual([expect.stringMatching(new RegExp(`case\\.json: ${message.replace(/[()]/g, "\\$&")}`))]);
  });

  test("a body nested 100,000 deep is refused, not a stack overflow", () => {
    const text = JSON.stringify(CASE).replace('{"name":"a"}', nested(100_000));
    expect(load(text).errors).toEqual([expect.stringMatching(new RegExp(`case\\.json: nested deeper than ${MAX_JSON_DEPTH} levels`))]);
  });

  test("a body nested to the limit is read", () => {
    expect(readJsonFile(scratch("case.json", nested(MAX_JSON_DEPTH))).ok).toBe(true);
  });
});

describe("what verify is pointed at", () => {
  const inputs = (dir: string, opts: { transforms?: string; cases?: string[] }) => verifyInputs(projectPaths(dir), opts);
  const usage = (f: () => unknown) => {
    try {
      f();
    } catch (error) {
      expect(error).toBeInstanceOf(CliError);
      return { code: (error as CliError).exitCode, message: (error as CliError).message };
    }
    throw new Error("expected a CliError");
  };

  test("--transforms naming a folder means its index.ts; a folder without one, or nothing, is exit 2", () => {
    const dir = ioProject();
    expect(inputs(dir, { transforms: path.join(dir, "transforms"), cases: [path.join(dir, "cases")] }).entry).toBe(path.join(dir, "transforms", "index.ts"));
    expect(usage(() => inputs(dir, { transforms: path.join(dir, "connector") }))).toEqual({ code: 2, message: expect.stringMatching(/--transforms '.*connector' is a folder without an index\.ts/) });
    expect(usage(() => inputs(dir, { transforms: path.join(dir, "nope.ts") }))).toEqual({ code: 2, message: expect.stringMatching(/--transforms '.*nope\.ts' does not exist/) });
  });

  test("--cases naming a folder means its case files; an empty folder or a missing file is exit 2", () => {
    const dir = ioProject({ "empty/.keep": "" });
    expect(inputs(dir, { cases: [path.join(dir, "cases")] }).caseFiles).toEqual([path.join(dir, "cases", "case.json")]);
    expect(usage(() => inputs(dir, { cases: [path.join(dir, "empty")] }))).toEqual({ code: 2, message: expect.stringMatching(/is a folder with no \.json case files/) });
    expect(usage(() => inputs(dir, { cases: [path.join(dir, "absent.json")] }))).toEqual({ code: 2, message: expect.stringMatching(/absent\.json' does not exist/) });
  });
});

describe("the command line: one line per problem, never a stack trace", () => {
  test("--project naming a file, or nothing, is exit 2 for every command", async () => {
    const dir = ioProject();
    const file = path.join(dir, "connector", "icon.png");
    for (const command of ["check", "build", "verify"]) {
      const onFile = await csxc(command, "--project", file);
      expect(onFile).toEqual({ code: 2, out: "", err: expect.stringMatching(new RegExp(`^csxc ${command}: --project '.*icon\\.png' is a file, not a folder`)) });
      const missing = await csxc(command, "--project", path.join(dir, "absent"));
      expect(missing).toEqual({ code: 2, out: "", err: expect.stringMatching(/--project '.*absent' does not exist/) });
    }
  });

  test("--out onto a file, onto the project, or into its sources is exit 2, and nothing is written", async () => {
    const dir = ioProject();
    for (const [out, message] of [
      [path.join("connector", "icon.png"), /is inside connector\//],
      [path.join("transforms", "index.ts"), /is inside transforms\//],
      [path.join("cases", "case.json"), /is a file; name a folder/],
      [".", /holds the project itself/],
      ["..", /holds the project itself/],
    ] as Array<[string, RegExp]>) {
      const before = fs.readdirSync(path.dirname(dir), { recursive: true });
      const result = await csxc("build", "--project", dir, "--out", out);
      expect(result).toEqual({ code: 2, out: "", err: expect.stringMatching(message) });
      expect(result.err.split("\n")).toHaveLength(1);
      expect(fs.readdirSync(path.dirname(dir), { recursive: true })).toEqual(before);
    }
  });

  test("check: a null swagger, a folder for the icon and for the entry, apiProperties holding an array", async () => {
    const dir = ioProject({ [SWAGGER_FILE]: "null", "connector/apiProperties.json": "[1]", "connector/icon.png": null, "transforms/index.ts": null });
    fs.mkdirSync(path.join(dir, "connector", "icon.png"));
    fs.mkdirSync(path.join(dir, "transforms", "index.ts"));
    const { code, out, err } = await csxc("check", "--project", dir);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).not.toMatch(CRASH);
    const lines = err.split("\n").filter((l) => / error CSX/.test(l));
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/(?:^|[\\/])connector[\\/]apiDefinition\.swagger\.json\(1,1\): error CSX4007: \(document\): must be a JSON object .*found null$/),
        expect.stringMatching(/(?:^|[\\/])connector[\\/]apiProperties\.json\(1,1\): error CSX4007: \(document\): must be a JSON object, found an array$/),
        expect.stringMatching(/(?:^|[\\/])connector[\\/]icon\.png\(1,1\): error CSX4010: the connector's icon is a folder, not a file/),
        expect.stringMatching(/(?:^|[\\/])transforms[\\/]index\.ts\(1,1\): error CSX4001: /),
      ]),
    );
  });

  test("verify: an empty array and a body nested 100,000 deep are errors naming each file, exit 1", async () => {
    const dir = ioProject({
      "cases/empty.json": "[]",
      "cases/deep.json": JSON.stringify(CASE).replace('{"name":"a"}', nested(100_000)),
    });
    const { code, err } = await csxc("verify", "--transforms", path.join(dir, "transforms", "index.ts"), "--cases", path.join(dir, "cases", "empty.json"), path.join(dir, "cases", "deep.json"));
    expect(code).toBe(1);
    expect(err).not.toMatch(CRASH);
    expect(err).toMatch(/empty\.json: holds an empty array/);
    expect(err).toMatch(/deep\.json: nested deeper than/);
  });

  test("an error csxc did not expect is one line, with no stack", async () => {
    const { internalErrorLine } = await import("../../src/cli/cli-error");
    const line = internalErrorLine(new RangeError("Maximum call stack size exceeded\n    at f (x.js:1:1)"));
    expect(line).toMatch(/^csxc: internal error .*RangeError: Maximum call stack size exceeded$/);
    expect(line.split("\n")).toHaveLength(1);
  });
});

test("on a terminal, a diagnostic about a folder gets no code frame, and no crash", async () => {
  const { reportDiagnostics } = await import("../../src/cli/report");
  const dir = ioProject({ "connector/icon.png": null });
  fs.mkdirSync(path.join(dir, "connector", "icon.png"));
  const err: string[] = [];
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const diagnostic = { file: path.join("connector", "icon.png"), line: 1, column: 1, code: "CSX4010", message: "the connector's icon is a folder", severity: "error" as const };
    reportDiagnostics([diagnostic], { out: () => {}, err: (s) => void err.push(s), isTTY: true }, { projectDir: dir });
  } finally {
    process.chdir(cwd);
  }
  expect(err[0]).toMatch(/icon\.png\(1,1\): error CSX4010/);
});

// Found by the fuzzer: ts-morph reads `\` as a separator, so `pro\ject/transforms/index.ts` was
// "File not found" and an internal error.
(process.platform === "win32" ? test.skip : test)("a project folder with a backslash in its name is exit 2 with why, not an internal error", async () => {
  const dir = ioProject();
  const hostile = path.join(path.dirname(dir), "pro\\ject");
  fs.renameSync(dir, hostile);
  for (const argv of [["check", "--project", hostile], ["build", "--project", hostile], ["verify", "--transforms", path.join(hostile, "transforms", "index.ts"), "--cases", path.join(hostile, "cases")]]) {
    const { code, err } = await csxc(...argv);
    expect({ code, err }).toEqual({ code: 2, err: expect.stringMatching(/has a backslash in its path, which TypeScript reads as a separator/) });
  }
});
