// ISO-8601 durations as the core host writes them: hours are never rolled into days
// ("PT561H13M28S"), zero is "PT0S" (clockify.md 2.11). The reports host uses integer seconds instead.

/** 90061 → "PT25H1M1S". */
export function formatDuration(seconds: number): string {
  let rest = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const secs = rest - minutes * 60;
  let text = "PT";
  if (hours > 0) text += `${hours}H`;
  if (minutes > 0) text += `${minutes}M`;
  if (secs > 0 || text === "PT") text += `${secs}S`;
  return text;
}

const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** "PT1H30M" → 5400, or undefined when the text is not a duration (requests may carry estimates). */
export function parseDuration(text: string): number | undefined {
  const m = DURATION.exec(text);
  if (m === null || text === "P" || text.endsWith("T")) return undefined;
  const [days, hours, minutes, seconds] = m.slice(1).map((g) => (g === undefined ? 0 : Number(g)));
  return days * 86400 + hours * 3600 + minutes * 60 + seconds;
}
