import * as path from "node:path";
import { harness, type HarnessOptions } from "csxc/testing";
import transforms from "../../transforms";

export const CORE = "https://api.clockify.me/api/v1";
export const SWAGGER = path.join(__dirname, "..", "..", "connector", "apiDefinition.swagger.json");
/** A key that must never reach a recorded case: the harness redacts X-Api-Key. */
export const API_KEY = "test-key-7c1e0d";

/** The connector's transforms against `upstream`, recording cases for `csxc verify`. */
export function connector(upstream: HarnessOptions["upstream"], context?: HarnessOptions["context"]) {
  return harness(transforms, { upstream, swagger: SWAGGER, context });
}

export function json(status: number, body: unknown, headers: Array<[string, string]> = []) {
  return { status, headers: [["Content-Type", "application/json"], ...headers] as Array<[string, string]>, body: new Uint8Array(Buffer.from(JSON.stringify(body))) };
}
