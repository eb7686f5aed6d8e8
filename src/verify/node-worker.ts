// The node side of verify runs in a child process, so that a case that never ends (`while (true)
// {}`) or floods the output can be stopped without stopping csxc. node-pool.ts bundles this module
// together with the user's transforms; `import ... from "csxc"` in the transforms resolves to this
// very module, so that HttpError and the runtime are the objects runOperation checks against.

import type { Transforms } from "../runtime/api";
import type { Case } from "./case";
import { capOutcome, type OutcomeLimits } from "./limits";
import { runCaseOnNode } from "./node-side";

export * from "../index";

export interface WorkerJob {
  id: number;
  case: Case;
  limits: OutcomeLimits;
}

export type WorkerReply =
  | { ready: true }
  | { loadError: string }
  | { id: number; outcome: ReturnType<typeof capOutcome>; millis: number }
  | { id: number; error: string; millis: number };

const reply = (message: WorkerReply) => process.send!(message);

/** Answers jobs from the parent, one at a time, until it disconnects. */
export function serve(loaded: unknown): void {
  // A promise a transform drops on the floor must not end the process (it would lose the case).
  process.on("unhandledRejection", () => undefined);
  const transforms = ((loaded as { default?: unknown })?.default ?? loaded) as Transforms;
  if (typeof transforms !== "object" || transforms === null) {
    reply({ loadError: "the transforms entry has no default export of defineTransforms({ ... })" });
    return;
  }
  process.on("message", (job: WorkerJob) => {
    const started = performance.now();
    runCaseOnNode(transforms, job.case).then(
      (outcome) => reply({ id: job.id, outcome: capOutcome(outcome, job.limits), millis: Math.round(performance.now() - started) }),
      (error: unknown) => reply({ id: job.id, error: String((error as Error)?.message ?? error), millis: Math.round(performance.now() - started) }),
    );
  });
  process.on("disconnect", () => process.exit(0));
  reply({ ready: true });
}
