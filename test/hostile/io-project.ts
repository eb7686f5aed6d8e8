// A small connector project for the hostile-input suites (test/hostile/io-*.test.ts) and the
// mutation fuzzer (scripts/fuzz-hostile.mjs): quick to check, and every file in it easy to break.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";

/** The small valid project: test/hostile/fixture (transforms/, connector/, cases/case.json). */
export const FIXTURE = path.join(__dirname, "fixture");

const fixtureFile = (rel: string) => fs.readFileSync(path.join(FIXTURE, rel));
export const SWAGGER = JSON.parse(fixtureFile("connector/apiDefinition.swagger.json").toString("utf8")) as Record<string, unknown>;
export const CASE = JSON.parse(fixtureFile("cases/case.json").toString("utf8")) as Record<string, unknown>;

export type Files = Record<string, string | Buffer | null>;

/** A fresh copy of the fixture under a fresh temp folder (`<tmp>/project`), with `overrides`
 *  (null removes a file), so that anything written beside the project shows. */
export function ioProject(overrides: Files = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-io-"));
  const dir = path.join(root, "project");
  fs.cpSync(FIXTURE, dir, { recursive: true });
  for (const [rel, content] of Object.entries(overrides)) {
    fs.rmSync(path.join(dir, rel), { recursive: true, force: true });
    if (content === null) continue;
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

export async function csxc(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s), isTTY: false });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A line of a JavaScript stack trace, or csxc's line for an error it did not expect. */
export const CRASH = /^\s+at .*(?::\d+:\d+\)?|\(native\))$|internal error/m;

/** Every file and folder under `dir`, with its bytes: equal listings mean nothing changed. */
export function listing(dir: string): Record<string, string> {
  if (!fs.existsSync(dir)) return {};
  return Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, encoding: "utf8" })
      .sort()
      .map((f) => {
        const full = path.join(dir, f);
        return [f, fs.statSync(full).isFile() ? fs.readFileSync(full).toString("base64") : "dir"];
      }),
  );
}
