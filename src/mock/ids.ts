// Identifiers shaped like Clockify's: 24 hex digits, a MongoDB ObjectId (4 bytes of creation
// time in seconds, 5 bytes per process, 3 bytes of counter; clockify.md 2.11). Derived from the
// mock's clock and a counter, never from Math.random, so a run is repeatable.

export class IdSource {
  #counter: number;

  /** `machine` is 10 hex digits that keep ids of different mocks (or of the seed) apart. */
  constructor(
    private readonly machine: string,
    counter = 0,
  ) {
    this.#counter = counter;
  }

  next(atMs: number): string {
    const seconds = Math.floor(atMs / 1000) >>> 0;
    this.#counter = (this.#counter + 1) % 0x1000000;
    return seconds.toString(16).padStart(8, "0") + this.machine + this.#counter.toString(16).padStart(6, "0");
  }
}

export const OBJECT_ID = /^[0-9a-f]{24}$/;

function base64url(text: string): string {
  return Buffer.from(text, "utf8").toString("base64url");
}

/**
 * A webhook's auth token: a JWT-looking string as Clockify sends (clockify.md 3.1). Receivers only
 * compare it with the stored value, so the signature part is an opaque digest of the inputs.
 */
export function webhookToken(webhookId: string, workspaceId: string, generation: number): string {
  const header = base64url(JSON.stringify({ typ: "JWT", alg: "RS256" }));
  const claims = base64url(JSON.stringify({ sub: webhookId, workspaceId, iss: "clockify", type: "webhook", gen: generation }));
  const signature = base64url(`${webhookId}.${workspaceId}.${generation}`.split("").reverse().join(""));
  return `${header}.${claims}.${signature}`;
}
