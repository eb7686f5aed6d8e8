// Temporary connector projects for compiler tests: write files, emit, read diagnostics.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { emitProgram, type EmitResult } from "../../src/emit/program";
import { renderScript } from "../../src/emit/script";
import { Printer } from "../../src/emit/printer";

export function tempProject(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-test-"));
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

export interface Emitted {
  dir: string;
  result: EmitResult;
  /** The transforms part of script.csx, without #line directives. */
  code: string;
  codes: string[];
}

/** Emits `transforms/index.ts` (and any other files given) of a fresh project. */
export function emitFiles(files: Record<string, string>): Emitted {
  const dir = tempProject(files);
  const result = emitProgram({ projectDir: dir, entry: path.join(dir, "transforms", "index.ts") });
  const printer = new Printer(false);
  for (const member of result.members) printer.member(member, 1);
  return { dir, result, code: printer.text(), codes: result.diagnostics.map((d) => d.code) };
}

/** A transforms entry whose one hook runs `body` with (res, ctx), plus helper declarations. */
export function hookSource(body: string, declarations = ""): string {
  return `import { defineTransforms, HttpError, isoDuration, base64, type Json, type Req, type Res, type Ctx } from "csxc";
${declarations}
export default defineTransforms({
  Op: {
    async response(res: Res, ctx: Ctx) {
${body}
    },
  },
});
`;
}

export function renderedScript(files: Record<string, string>): string {
  const emitted = emitFiles(files);
  return renderScript(emitted.result).text;
}
