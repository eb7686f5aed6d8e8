// What bounds one case in `csxc verify`, on both sides: the time it may run and how much of its
// outcome is kept. The harness (src/verify/harness/Harness/Limits.cs) receives these numbers in the
// job and cuts by the same rule, character for character, so that a runaway case (async recursion
// 10^5 deep, a log in a loop) cannot flood the result and the two sides still compare fairly.

import type { Outcome, OutcomeMessage } from "./case";

/** The platform's limit on one run of the script. */
export const PLATFORM_TIMEOUT_MS = 5_000;

export interface OutcomeLimits {
  /** Characters kept of any one text: a URL, a body, a header value, a log message. */
  text: number;
  /** Log entries kept; one more says how many were cut. */
  logs: number;
  /** Requests sent upstream that are kept. */
  sent: number;
}

export const OUTCOME_LIMITS: OutcomeLimits = { text: 1_000_000, logs: 1_000, sent: 1_000 };

export function cutText(text: string, limit: number): string;
export function cutText(text: string | undefined, limit: number): string | undefined;
export function cutText(text: string | null, limit: number): string | null;
export function cutText(text: string | null | undefined, limit: number): string | null | undefined {
  if (text === null || text === undefined || text.length <= limit) return text;
  const code = limit > 0 ? text.charCodeAt(limit - 1) : 0;
  const keep = code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
  return `${text.slice(0, keep)}… [csxc: ${text.length - keep} more characters cut]`;
}

function capMessage(message: OutcomeMessage, limits: OutcomeLimits): OutcomeMessage {
  const out: OutcomeMessage = { ...message, headers: Object.fromEntries(Object.entries(message.headers).map(([k, v]) => [k, cutText(v, limits.text)])), body: cutText(message.body, limits.text) };
  if (message.url !== undefined) out.url = cutText(message.url, limits.text);
  if (message.bodyBase64 !== undefined) out.bodyBase64 = cutText(message.bodyBase64, limits.text);
  return out;
}

/** The outcome as kept: at most `limits` of it (a copy; the argument is not changed). */
export function capOutcome<T extends Outcome & { crash?: string }>(outcome: T, limits: OutcomeLimits = OUTCOME_LIMITS): T {
  let logs = outcome.logs;
  if (logs.length > limits.logs) logs = [...logs.slice(0, limits.logs), { level: "warn", message: `[csxc: ${logs.length - limits.logs} more log entries cut]` }];
  const out: T = {
    ...outcome,
    sent: outcome.sent.slice(0, limits.sent).map((m) => capMessage(m, limits)),
    response: capMessage(outcome.response, limits),
    logs: logs.map((l) => ({ level: l.level, message: cutText(l.message, limits.text) })),
  };
  if (outcome.crash !== undefined) out.crash = cutText(outcome.crash, limits.text);
  return out;
}
