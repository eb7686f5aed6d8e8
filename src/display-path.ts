// How csxc prints a file's path: relative to the working directory where the command runs, as tsc
// does, so that `transforms/index.ts(8,21)` opens from the terminal and from an editor's problem
// matcher whatever --project or --transforms named. Absolute only when no relative path exists
// (another drive on Windows).

import * as path from "node:path";

export function displayPath(file: string, cwd = process.cwd()): string {
  const absolute = path.resolve(file);
  const relative = path.relative(cwd, absolute);
  return relative === "" ? "." : path.isAbsolute(relative) ? absolute : relative;
}
