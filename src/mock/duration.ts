// ISO-8601 durations as the core host writes them: hours are never rolled into days
// ("PT561H13M28S"), zero is "PT0S" (clockify.md 2.11). The reports host uses integer seconds instead.
// The text is the runtime's isoDuration, so that a transform reads back exactly what the mock wrote;
// the mock narrows it to what the core host stores: whole, non-negative seconds.

import { durationSeconds, isoDuration } from "../runtime/helpers";

/** 90061 → "PT25H1M1S"; a fraction of a second is cut, not rounded, and a negative total is PT0S. */
export function formatDuration(seconds: number): string {
  return isoDuration.fromSeconds(Math.max(0, Math.floor(seconds)));
}

/**
 * "PT1H30M" → 5400, or undefined when the text is not a duration (requests may carry estimates).
 * Fractions ("PT1.5H"), which isoDuration reads, are refused: the mock takes whole numbers only.
 */
export function parseDuration(text: string): number | undefined {
  return text.includes(".") ? undefined : durationSeconds(text);
}
