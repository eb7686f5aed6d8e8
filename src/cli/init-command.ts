// `csxc init DIR [--from FOLDER]`: a connector project that works at once (`npm install && npm
// test`): package.json with csxc as a dev dependency from where init was run, jest through csxc's
// preset, tsconfig, a README with the two commands, and the files of src/cli/init-template/ (a
// definition with one operation, its transform and a test against an upstream answering status
// and JSON). With --from, the connector files come from a `paconn download` or `pac connector
// download` folder instead, and an existing script.csx is kept aside as code to port.

import * as fs from "node:fs";
import * as path from "node:path";
import { packageRoot, packageVersion } from "../package-root";
import type { Io } from "./report";

const TEMPLATE = () => path.join(packageRoot(), "src", "cli", "init-template");

/** What npm itself leaves in a folder: init may write beside it (`npm i -D csxc && npx csxc init .`). */
const NPM_LEFTOVERS = /^(package\.json|package-lock\.json|node_modules|\.npmrc|.*\.tgz|\.git|\.gitignore)$/;

/** The dependency spec of csxc for the new project: the same csxc that runs init. */
export function csxcSpec(projectDir: string): string {
  const root = packageRoot();
  const insideNodeModules = root.split(path.sep).includes("node_modules");
  if (!insideNodeModules) return `file:${path.relative(projectDir, root) || "."}`; // a checkout of csxc
  // Installed: find how the project that holds it got it (a tarball, a folder, the registry).
  const host = root.slice(0, root.lastIndexOf(`${path.sep}node_modules${path.sep}`));
  try {
    const lock = JSON.parse(fs.readFileSync(path.join(host, "package-lock.json"), "utf8")) as { packages?: Record<string, { resolved?: string }> };
    const resolved = lock.packages?.[path.relative(host, root).split(path.sep).join("/")]?.resolved;
    if (resolved?.startsWith("file:")) {
      const target = path.resolve(host, resolved.slice("file:".length));
      return `file:${path.relative(projectDir, target).split(path.sep).join("/") || "."}`;
    }
  } catch {
    // no lock file: the registry version below
  }
  return `^${packageVersion()}`;
}

function packageName(dir: string): string {
  return path.basename(dir).toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[._-]+/, "") || "my-connector";
}

const SCRIPTS = {
  test: "jest && csxc verify --allow-no-dotnet",
  build: "csxc build",
  check: "csxc check",
  deploy: "csxc deploy",
};

const DEV_DEPENDENCIES = {
  "@types/jest": "^30.0.0",
  jest: "^30.0.0",
  "ts-jest": "^29.4.0",
  typescript: "~5.9.2",
};

function packageJson(dir: string, existing: Record<string, unknown> | undefined): string {
  const fresh = { name: packageName(dir), version: "0.1.0", private: true, description: "A Power Platform custom connector whose code is written in TypeScript with csxc." };
  // `npm install -D csxc` in an empty folder leaves a package.json with devDependencies only.
  const pkg: Record<string, unknown> = { ...fresh, ...(existing ?? {}) };
  pkg.scripts = { ...SCRIPTS, ...((pkg.scripts as Record<string, string>) ?? {}) };
  if (/^echo "Error: no test specified"/.test(String((pkg.scripts as Record<string, string>).test))) (pkg.scripts as Record<string, string>).test = SCRIPTS.test;
  const dev = { ...((pkg.devDependencies as Record<string, string>) ?? {}) };
  dev.csxc ??= csxcSpec(dir);
  for (const [name, version] of Object.entries(DEV_DEPENDENCIES)) dev[name] ??= version;
  pkg.devDependencies = Object.fromEntries(Object.entries(dev).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify(pkg, null, 2) + "\n";
}

const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    module: "commonjs",
    lib: ["ES2022"],
    strict: true,
    esModuleInterop: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["jest"],
  },
  include: ["transforms", "test"],
  // The global URL and URLSearchParams as csxc compiles them: ES2022's lib has neither, and the
  // project leaves node's types out (so that `console`, `process` and `Buffer` stay unknown).
  files: ["node_modules/csxc/src/runtime/url-globals.d.ts"],
};

const JEST_CONFIG = `// Jest runs the tests with csxc's preset (ts-jest, the node environment, transforms in UTC).
module.exports = { preset: "csxc" };
`;

function readme(name: string, adopted?: { script?: string; from: string }): string {
  const port = adopted?.script
    ? `
## Code to port

The connector came with C# code, kept as \`${adopted.script}\` (csxc does not run it). Port each
operation it handles into \`transforms/index.ts\` (the \`switch\` on \`Context.OperationId\` in its
\`ExecuteAsync\` names them), with a test for each under \`test/\`. Until an operation is ported, the
built script.csx forwards it unchanged; \`csxc build\` lists the operations the script covers in
\`scriptOperations\`.
`
    : "";
  return `# ${name}

A Power Platform custom connector whose code is written in TypeScript and compiled by
[csxc](https://www.npmjs.com/package/csxc) into the \`script.csx\` the platform runs.${adopted ? ` Adopted from \`${adopted.from}\`.` : ""}

Install, then test (jest, then \`csxc verify\`, which replays the recorded cases through the compiled C#;
without the .NET SDK that step is skipped, loudly):

\`\`\`sh
npm install && npm test
\`\`\`

Build the connector bundle into \`build/connector/\` (the definition and properties are validated
offline first; the exact paconn and pac commands are printed):

\`\`\`sh
npm run build
\`\`\`

| path | holds |
|---|---|
| \`connector/apiDefinition.swagger.json\` | the definition (OpenAPI 2.0) |
| \`connector/apiProperties.json\` | connection parameters, brand color |
| \`connector/settings.json\` | the environment and connector id \`csxc deploy\` keeps (created on first deploy) |
| \`transforms/index.ts\` | the connector's code: one entry per operationId |
| \`test/\` | jest tests; each run is recorded under \`build/cases/\` for \`csxc verify\` |

Upload with \`npx csxc deploy --tool paconn --environment ENV_ID\` (or \`--tool pac\`); \`--dry-run\`
prints the command. \`npx csxc check --certification\` adds the rules for certified connectors.
${port}`;
}

/** The connector files of a paconn/pac download folder. */
function adoptFiles(from: string): { files: Record<string, Buffer>; settings?: Record<string, string>; script?: Buffer; problems: string[] } {
  const problems: string[] = [];
  const names = fs.readdirSync(from);
  const find = (re: RegExp) => names.find((n) => re.test(n));
  const definition = find(/^apiDefinition\.swagger\.json$/i) ?? find(/\.swagger\.json$/i) ?? find(/^apiDefinition\.json$/i);
  const properties = find(/^apiProperties\.json$/i);
  const files: Record<string, Buffer> = {};
  if (!definition) problems.push(`no apiDefinition.swagger.json in ${from}`);
  else files["connector/apiDefinition.swagger.json"] = fs.readFileSync(path.join(from, definition));
  if (!properties) problems.push(`no apiProperties.json in ${from}`);
  else files["connector/apiProperties.json"] = fs.readFileSync(path.join(from, properties));
  const icon = find(/^icon\.png$/i);
  if (icon) files["connector/icon.png"] = fs.readFileSync(path.join(from, icon));
  const scriptName = find(/^script\.csx$/i) ?? find(/\.csx$/i);
  let settings: Record<string, string> | undefined;
  const settingsName = find(/^settings\.json$/i);
  if (settingsName) {
    try {
      const s = JSON.parse(fs.readFileSync(path.join(from, settingsName), "utf8")) as Record<string, unknown>;
      // Only the ids: the paths in a downloaded settings.json are the download folder's.
      settings = Object.fromEntries(["connectorId", "environment"].filter((k) => typeof s[k] === "string" && s[k]).map((k) => [k, s[k] as string]));
    } catch {
      problems.push(`${settingsName} in ${from} is not valid JSON; it was not adopted`);
    }
  }
  return { files, settings, script: scriptName ? fs.readFileSync(path.join(from, scriptName)) : undefined, problems };
}

/** A transforms file and a test for an adopted definition: the first operation, forwarded. */
function adoptedCode(definition: Buffer): Record<string, string> {
  let swagger: { host?: string; basePath?: string; schemes?: string[]; paths?: Record<string, Record<string, { operationId?: string; parameters?: Array<{ in?: string; name?: string }> }>> } = {};
  try {
    swagger = JSON.parse(definition.toString("utf8").replace(/^\uFEFF/, ""));
  } catch {
    // check reports it; the test below then has no operation to call
  }
  const first = Object.entries(swagger.paths ?? {}).flatMap(([p, item]) =>
    ["get", "post", "put", "patch", "delete"].filter((m) => item?.[m]?.operationId).map((m) => ({ path: p, method: m, op: item[m] })),
  )[0];
  const transforms = `// The connector's code: one entry per operationId of connector/apiDefinition.swagger.json.
// An operation without an entry is forwarded unchanged. See README.md for the code to port.
import { defineTransforms } from "csxc";

export default defineTransforms({});
`;
  if (!first) return { "transforms/index.ts": transforms };
  const url = `${swagger.schemes?.[0] ?? "https"}://${swagger.host ?? "example.invalid"}${(swagger.basePath ?? "").replace(/\/$/, "")}${first.path.replace(/\{[^}]+\}/g, "x1")}`;
  const test = `// Runs ${first.op.operationId} through the transforms against a stand-in for the service; each run is
// recorded for \`csxc verify\`. Add a test like this one for each operation you port.
import transforms from "../transforms";
import { harness } from "csxc/testing";

test("${first.op.operationId} reaches the service and answers what it answered", async () => {
  const h = harness(transforms, {
    swagger: "connector/apiDefinition.swagger.json",
    upstream: (req) => {
      expect(req.url).toBe(${JSON.stringify(url)});
      return { status: 200, json: { ok: true } };
    },
  });
  const res = await h.run(${JSON.stringify(first.op.operationId)}, { method: ${JSON.stringify(first.method.toUpperCase())}, url: ${JSON.stringify(url)} });
  expect(res.status).toBe(200);
  expect(res.json()).toEqual({ ok: true });
});
`;
  return { "transforms/index.ts": transforms, [`test/${first.op.operationId}.test.ts`]: test };
}

function templateFiles(): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  const walk = (dir: string, rel: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), r);
      else files[r === "gitignore" ? ".gitignore" : r] = fs.readFileSync(path.join(dir, entry.name));
    }
  };
  walk(TEMPLATE(), "");
  return files;
}

export async function runInit(dir: string, io: Io, opts: { from?: string } = {}): Promise<number> {
  const target = path.resolve(dir);
  const present = fs.existsSync(target) ? fs.readdirSync(target) : [];
  const foreign = present.filter((n) => !NPM_LEFTOVERS.test(n));
  if (fs.existsSync(target) && !fs.statSync(target).isDirectory()) {
    io.err(`csxc init: ${dir} is a file; name a new folder`);
    return 2;
  }
  if (foreign.length) {
    io.err(`csxc init: ${dir} already holds ${foreign.slice(0, 3).join(", ")}${foreign.length > 3 ? ", ..." : ""}; choose a new or empty folder`);
    return 2;
  }
  let files: Record<string, string | Buffer>;
  let adopted: { script?: string; from: string } | undefined;
  if (opts.from) {
    const from = path.resolve(opts.from);
    if (!fs.existsSync(from) || !fs.statSync(from).isDirectory()) {
      io.err(`csxc init: --from ${opts.from} is not a folder; name the folder paconn download or pac connector download wrote`);
      return 2;
    }
    const found = adoptFiles(from);
    if (found.problems.length && !found.files["connector/apiDefinition.swagger.json"]) {
      io.err(`csxc init: ${found.problems.join("; ")}`);
      return 2;
    }
    found.problems.forEach((p) => io.err(`csxc init: warning: ${p}`));
    files = { ...found.files, ...adoptedCode(found.files["connector/apiDefinition.swagger.json"]), ".gitignore": "node_modules/\nbuild/\n" };
    if (found.settings && Object.keys(found.settings).length) files["connector/settings.json"] = JSON.stringify(found.settings, null, 2) + "\n";
    adopted = { from: path.relative(target, from) || ".", script: found.script ? "legacy/script.csx" : undefined };
    if (found.script) files["legacy/script.csx"] = found.script;
  } else {
    files = templateFiles();
  }
  const existingPkgFile = path.join(target, "package.json");
  let existing: Record<string, unknown> | undefined;
  if (fs.existsSync(existingPkgFile)) {
    try {
      existing = JSON.parse(fs.readFileSync(existingPkgFile, "utf8")) as Record<string, unknown>;
    } catch {
      io.err(`csxc init: ${path.join(dir, "package.json")} is not valid JSON; fix or remove it`);
      return 2;
    }
  }
  files["package.json"] = packageJson(target, existing);
  files["tsconfig.json"] = JSON.stringify(TSCONFIG, null, 2) + "\n";
  files["jest.config.js"] = JEST_CONFIG;
  files["README.md"] = readme(existing?.name ? String(existing.name) : packageName(target), adopted);
  if (present.includes(".gitignore")) delete files[".gitignore"];
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(target, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  const cd = path.relative(process.cwd(), target);
  io.out(`Created ${cd || "the project"}${adopted ? ` from ${opts.from}` : ""}. Next:\n  ${cd ? `cd ${cd} && ` : ""}npm install && npm test`);
  if (adopted?.script) io.out(`The connector's C# code is kept in ${path.join(cd, "legacy", "script.csx")}: port it to transforms/index.ts (see README.md).`);
  return 0;
}
