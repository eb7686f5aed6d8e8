// Fills script.csx.template with the emitted transforms and the runtime features they use.

import * as fs from "node:fs";
import * as path from "node:path";
import { packageRoot, packageVersion } from "../package-root";
import { Printer } from "./printer";
import type { EmitResult } from "./program";
import { commentText } from "./inert";
import { closeFeatures } from "./runtime-features";
import { pruneFeatures } from "./runtime-prune";

export function templatePath(): string {
  return path.join(packageRoot(), "script.csx.template");
}

export interface ScriptText {
  text: string;
  features: string[];
  runtimeBytes: number;
}

export interface RenderOptions {
  lineDirectives?: boolean;
  /** Keep only the runtime members the script reaches (runtime-prune.ts); false pastes whole features. Default true. */
  pruneRuntime?: boolean;
}

export function renderScript(result: EmitResult, options: RenderOptions = {}): ScriptText {
  const printer = new Printer(options.lineDirectives ?? true);
  result.members.forEach((member, i) => {
    if (i > 0) printer.blankLine();
    printer.member(member, 1);
    printer.endMapping();
  });
  const transforms = printer.text();
  const { selected, unknown } = closeFeatures(result.features);
  if (unknown.length) throw new Error(`internal: runtime features not found: ${unknown.join(", ")}`);
  const template = fs.readFileSync(templatePath(), "utf8").replace(/\r\n/g, "\n");
  // What the runtime must serve: the transforms and the template's own code (ExecuteAsync).
  const pasted = options.pruneRuntime === false ? selected : pruneFeatures(selected, template.replace("{{runtime}}", "") + transforms);
  const runtime = pasted.map((f) => `    #region csxc runtime: ${f.name}\n    ${f.code}\n    #endregion`).join("\n\n");
  // One pass with a function: the inserted text is never scanned again, and `$&`, `$'` and the
  // like in it (string literals of a transform, comments of the runtime) stay as written.
  const parts: Record<string, string> = { version: packageVersion(), sources: commentText(result.files.join(", ")), transforms, runtime };
  const text = template.replace(/\{\{(version|sources|transforms|runtime)\}\}/g, (_, name: string) => parts[name]);
  return { text, features: pasted.map((f) => f.name), runtimeBytes: Buffer.byteLength(runtime, "utf8") };
}
