import type { Json } from "csxc";

// Power Automate validates responses against the swagger's schema, and Toggl sends `null` for
// fields it has no value for. The rules below say, by the key's name, what stands in for a null:
// the type the swagger declares for that field. `undefined` removes the field.

/** Exact key names first. */
const BY_NAME: { [key: string]: Json } = {
  billable: false,
  duronly: false,
  active: true,
  tags: [],
  tag_ids: [],
  description: "",
  duration: 0,
  stop: "",
  rate: 0,
  currency: "",
  color: "#000000",
};

/** Keys that are removed rather than filled: a made-up date would be worse than none. */
const REMOVE = ["server_deleted_at", "deleted_at", "archived_at"];

/** What a null under `key` becomes; undefined removes the property. */
export function defaultFor(key: string): Json | undefined {
  if (REMOVE.includes(key)) return undefined;
  if (Object.hasOwn(BY_NAME, key)) {
    const fallback = BY_NAME[key];
    // a fresh array each time: the same one must not end up in two places
    return Array.isArray(fallback) ? [] : fallback;
  }
  if (key === "id" || key.endsWith("_id") || key === "pid" || key === "tid" || key === "wid" || key === "uid" || key === "cid") return 0;
  if (key.endsWith("_ids")) return [];
  if (key.startsWith("is_") || key.startsWith("has_") || key.endsWith("_enabled")) return false;
  if (key === "count" || key.endsWith("_count") || key.endsWith("_seconds") || key.endsWith("_hours")) return 0;
  if (key.endsWith("_at") || key === "at" || key === "start") return undefined;
  return "";
}
