// `csxc check`: the type check and the subset rules, without writing anything.

import { emitProgram, type EmitResult } from "../emit/program";
import type { ProjectPaths } from "../cli/project";

export function checkProject(paths: Pick<ProjectPaths, "dir" | "entry">): EmitResult {
  return emitProgram({ projectDir: paths.dir, entry: paths.entry });
}
