// A project made by `csxc init` type-checks a transform that uses the global URL and
// URLSearchParams with its own tsconfig (ES2022's lib, jest's types, no node types): the tsconfig
// names csxc's declarations of the two classes (src/runtime/url-globals.d.ts), which ts-jest and the
// editor then see. Without them TypeScript says "Cannot find name 'URL'".
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ts } from "ts-morph";
import { runInit } from "../../src/cli/init-command";

const quiet = { out: () => undefined, err: () => undefined, isTTY: false };
const ROOT = path.join(__dirname, "..", "..");

test("an initialised project's tsconfig knows URL and URLSearchParams, and not node's globals", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-url-types-"));
  try {
    expect(await runInit(path.join(dir, "p"), quiet)).toBe(0);
    const proj = path.join(dir, "p");
    // node_modules as npm install would lay it out: csxc itself, and the type packages it brings.
    fs.mkdirSync(path.join(proj, "node_modules"), { recursive: true });
    fs.symlinkSync(ROOT, path.join(proj, "node_modules", "csxc"), "dir");
    fs.symlinkSync(path.join(ROOT, "node_modules", "@types"), path.join(proj, "node_modules", "@types"), "dir");
    fs.writeFileSync(
      path.join(proj, "transforms", "url.ts"),
      'export const u = new URL("/a?b=1", "https://api.example.com");\nu.searchParams.set("c", "2");\nexport const text: string = u.href + new URLSearchParams({ x: "1" }).toString();\nexport const size: number = u.searchParams.size;\n',
    );
    fs.writeFileSync(path.join(proj, "transforms", "node-only.ts"), 'export const b = Buffer.from("x");\n');
    const config = ts.getParsedCommandLineOfConfigFile(path.join(proj, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
    expect(config).toBeDefined();
    const program = ts.createProgram(config!.fileNames, config!.options);
    const messages = ts.getPreEmitDiagnostics(program).map((d) => `${path.basename(d.file?.fileName ?? "")}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
    expect(messages.filter((m) => m.startsWith("url.ts"))).toEqual([]);
    // Node's own globals stay unknown, as csxc check reports them.
    expect(messages.filter((m) => m.startsWith("node-only.ts")).join("\n")).toContain("Cannot find name 'Buffer'");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
