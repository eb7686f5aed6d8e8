import * as path from "node:path";
import { harness, type HarnessOptions } from "csxc/testing";
import transforms from "../../transforms";

export const CORE = "https://api.clockify.me/api/v1";
export const SWAGGER = path.join(__dirname, "..", "..", "connector", "apiDefinition.swagger.json");
/** A key that must never reach a recorded case: the harness redacts X-Api-Key. */
export const API_KEY = "test-key-7c1e0d";

/**
 * The clock the transforms see in these tests. Pinned, and recorded in each case, so that `csxc
 * verify` replays the paging's time budget (transforms/paging.ts) as the test ran it: on the real
 * clock a replay's C# side, on a busy machine, could stop a list early where node did not.
 */
export const PINNED_NOW = "2026-11-02T10:00:00Z";

/** The connector's transforms against `upstream`, recording cases for `csxc verify`. */
export function connector(upstream: HarnessOptions["upstream"], context?: HarnessOptions["context"], record?: string) {
  return harness(transforms, { upstream, swagger: SWAGGER, context, now: PINNED_NOW, ...(record === undefined ? {} : { record }) });
}

/**
 * Where the cases of the big-workspace tests go: replayed by bench/clockify-rows.mjs, which times
 * them, not by the default `csxc verify` (tens of megabytes, and verify's 5-second limit on a case
 * would measure the machine's load rather than the connector).
 */
export const BENCH_CASES = path.join(__dirname, "..", "..", "build", "bench-cases");

export function json(status: number, body: unknown, headers: Array<[string, string]> = []) {
  return { status, headers: [["Content-Type", "application/json"], ...headers] as Array<[string, string]>, body: new Uint8Array(Buffer.from(JSON.stringify(body))) };
}
