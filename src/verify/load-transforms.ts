// Loads a transforms entry (anywhere on disk) into this process for the node side of verify. It is
// bundled with esbuild; its `import ... from "csxc"` resolves to the running csxc itself, so that
// HttpError and the runtime are the very objects runOperation checks against.

import { buildSync } from "esbuild";
import * as path from "node:path";
import { displayPath } from "../display-path";
import type { Transforms } from "../runtime/api";
import * as csxc from "../index";

export type LoadResult = { ok: true; transforms: Transforms } | { ok: false; message: string };

export function loadTransforms(entry: string): LoadResult {
  let code: string;
  try {
    const out = buildSync({
      // Through stdin and a relative specifier: esbuild reads `*` in an entry point as a glob, so a
      // project folder named `p*` would otherwise not be found.
      stdin: { contents: `module.exports = require(${JSON.stringify(entrySpecifier(entry))});`, resolveDir: path.dirname(path.resolve(entry)), sourcefile: "csxc-entry.js", loader: "js" },
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      write: false,
      external: ["csxc"],
      logLevel: "silent",
    });
    code = out.outputFiles[0].text;
  } catch (error) {
    return { ok: false, message: describeBuildError(error) };
  }
  const module = { exports: {} as Record<string, unknown> };
  const requireShim = (id: string) => {
    if (id === "csxc") return csxc;
    throw new Error(`transforms may import only "csxc" and their own files, not '${id}'`);
  };
  try {
    new Function("require", "module", "exports", code)(requireShim, module, module.exports);
  } catch (error) {
    return { ok: false, message: `loading ${entry} failed: ${(error as Error).message}` };
  }
  const transforms = (module.exports.default ?? module.exports) as Transforms;
  if (typeof transforms !== "object" || transforms === null) return { ok: false, message: `${entry} has no default export of defineTransforms({ ... })` };
  return { ok: true, transforms };
}

/** The entry as a specifier relative to its own folder, which esbuild resolves without globbing. */
export function entrySpecifier(entry: string): string {
  return `./${path.basename(entry)}`;
}

/** esbuild's first error as `file(line,col): text`, the file relative to the working directory. */
export function describeBuildError(error: unknown): string {
  const errors = (error as { errors?: Array<{ text: string; location?: { file: string; line: number; column: number } }> }).errors ?? [];
  const first = errors[0];
  const where = first?.location ? `${displayPath(first.location.file)}(${first.location.line},${first.location.column + 1}): ` : "";
  return `${where}${first?.text ?? (error as Error).message}`;
}
