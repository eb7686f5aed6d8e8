const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const RFC1123 = /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

function two(n: number): string {
  return String(n).padStart(2, "0");
}

/** `Tue, 04 Mar 2025 09:05:07 GMT`, as .NET's `ToString("r")` and `Date.prototype.toUTCString` write it. */
export function formatRfc1123(ms: number): string {
  const d = new Date(ms);
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${time} GMT`;
}

/**
 * The request date for the signature: an RFC 1123 date is kept as given; an ISO-8601 date-time is
 * converted; anything else is null. (The flow supplies the date, so that a signed request can be
 * replayed: the platform's clock is not something a test can pin.)
 */
export function signingDate(text: string): string | null {
  const trimmed = text.trim();
  if (RFC1123.test(trimmed)) return trimmed;
  const ms = Date.parse(trimmed);
  if (Number.isNaN(ms)) return null;
  return formatRfc1123(ms);
}
