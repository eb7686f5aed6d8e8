// Prints diagnostics the way tsc does (editors' $msCompile matcher reads it), with a code frame
// when the output is a terminal, or as JSON.

import * as fs from "node:fs";
import * as path from "node:path";
import { displayPath } from "../display-path";
import { formatDiagnostic, type Diagnostic } from "../check/diagnostics";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  isTTY: boolean;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text + "\n"),
  err: (text) => process.stderr.write(text + "\n"),
  isTTY: !!process.stderr.isTTY,
};

/** `d.file` is as printed: relative to the working directory. */
function codeFrame(d: Diagnostic): string | undefined {
  const file = path.resolve(d.file);
  // The file may be a folder, unreadable or huge (a diagnostic says so): no frame then, never a throw.
  let text: string;
  try {
    if (!fs.statSync(file).isFile() || fs.statSync(file).size > 16 * 1024 * 1024) return undefined;
    text = fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  const line = text.split(/\r?\n/)[d.line - 1];
  if (line === undefined) return undefined;
  const gutter = String(d.line).padStart(5) + " | ";
  const marker = " ".repeat(gutter.length + d.column - 1) + "^".repeat(Math.max(1, Math.min(d.length ?? 1, line.length - d.column + 1)));
  return `${gutter}${line}\n${marker}`;
}

/** Diagnostics name files relative to `projectDir`; they are printed relative to the working directory. */
export function reportDiagnostics(given: Diagnostic[], io: Io, options: { json?: boolean; projectDir: string }): void {
  const diagnostics = given.map((d) => ({ ...d, file: displayPath(path.resolve(options.projectDir, d.file)) }));
  if (options.json) {
    io.out(JSON.stringify({ diagnostics }, null, 2));
    return;
  }
  const sorted = [...diagnostics].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  for (const d of sorted) {
    io.err(formatDiagnostic(d));
    if (io.isTTY) {
      const frame = codeFrame(d);
      if (frame) io.err(frame + "\n");
    }
  }
  const errors = sorted.filter((d) => d.severity === "error").length;
  if (errors) io.err(`\nFound ${errors} error${errors === 1 ? "" : "s"}.`);
}
