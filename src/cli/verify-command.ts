// `csxc verify`: see src/verify/verify.ts.
import type { Io } from "./report";

export async function runVerify(_opts: { project: string; transforms?: string; cases?: string[]; json?: boolean }, io: Io): Promise<number> {
  io.err("csxc verify: not wired yet");
  return 2;
}
