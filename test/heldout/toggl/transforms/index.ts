import { defineTransforms, type Ctx, type Json, type Res } from "csxc";
import { countNulls, scrub } from "./scrub";

// Toggl Track: every operation is forwarded as it is; its JSON answer is cleaned of nulls so that
// the flow's schema validation passes, and a bare array is wrapped as { value: [...] } (the shape
// the swagger gives list operations, which the designer can loop over).

async function cleanResponse(res: Res, ctx: Ctx): Promise<void> {
  if (!res.ok || res.status === 204) return;
  const contentType = (res.headers.get("Content-Type") ?? "").toLowerCase();
  if (!contentType.includes("json")) return;
  const text = await res.text();
  if (text.trim() === "") return;

  let body: Json;
  try {
    body = JSON.parse(text) as Json;
  } catch {
    ctx.log.warn(`${ctx.operationId}: the answer says JSON but is not; passed on unchanged`);
    return;
  }
  const nulls = countNulls(body);
  // GET /me/time_entries/current answers a bare `null` when no timer runs
  const cleaned = body === null ? {} : scrub(body, "");
  if (nulls > 0) ctx.log.info(`${ctx.operationId}: replaced or removed ${nulls} null${nulls === 1 ? "" : "s"}`);
  res.setJson(Array.isArray(cleaned) ? { value: cleaned } : cleaned ?? {});
}

export default defineTransforms({
  "*": { response: cleanResponse },
});
