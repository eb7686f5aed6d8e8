// Paths print relative to the working directory where the command runs, whatever --project or
// --transforms named; and check refuses a transform key that the swagger lacks, as build does.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";

const SWAGGER = {
  swagger: "2.0",
  info: { title: "Paths", version: "1.0.0", description: "The paths test connector." },
  host: "api.example.com",
  basePath: "/",
  schemes: ["https"],
  paths: { "/items": { get: { operationId: "GetItems", summary: "Get items", responses: { "200": { description: "OK" } } } } },
};

async function csxc(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s), isTTY: false });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

let root: string;
const cwd = process.cwd();
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-paths-"));
  const project = path.join(root, "conn");
  fs.mkdirSync(path.join(project, "transforms"), { recursive: true });
  fs.mkdirSync(path.join(project, "connector"));
  fs.writeFileSync(path.join(project, "connector", "apiDefinition.swagger.json"), JSON.stringify(SWAGGER, null, 2));
  fs.writeFileSync(
    path.join(project, "transforms", "index.ts"),
    `import { defineTransforms } from "csxc";\n\nexport default defineTransforms({\n  GetItem: {\n    async response(res, ctx) {\n      const n: number = "x";\n      res.setJson({ n });\n    },\n  },\n});\n`,
  );
  process.chdir(root);
});
afterAll(() => {
  process.chdir(cwd);
  fs.rmSync(root, { recursive: true, force: true });
});

test("check names files from the working directory and refuses a key the swagger lacks", async () => {
  const { code, err } = await csxc("check", "--project", "conn");
  expect(code).toBe(1);
  const lines = err.split("\n").filter((l) => /error CSX/.test(l));
  expect(lines).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^conn[\\/]transforms[\\/]index\.ts\(6,13\): error CSX1001: /),
      expect.stringMatching(/^conn[\\/]transforms[\\/]index\.ts\(4,3\): error CSX\d{4}: 'GetItem' is not an operationId .*GetItems/),
    ]),
  );
});

test("verify --transforms names files from the working directory too", async () => {
  fs.writeFileSync(path.join(root, "cases.json"), "[]");
  const { err } = await csxc("verify", "--transforms", path.join("conn", "transforms", "index.ts"), "--cases", "cases.json");
  expect(err).toMatch(/^conn[\\/]transforms[\\/]index\.ts\(6,13\): error CSX1001: /m);
});
