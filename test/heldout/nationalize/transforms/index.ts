import { defineTransforms, HttpError, type Ctx, type Req, type Res } from "csxc";

// Nationalize.io, Agify.io and Genderize.io (one connector, three hosts). The flow passes a
// comma-separated list (`names=peter, Zoë`); the APIs want repeated `name[]=` parameters, with the
// API key and the country in the query. The swagger has these three operations; anything else
// that reaches the script is a mistake and answers 400.

/** Query parameters that take a comma-separated list, per operation, and the name each item is sent under. */
const LIST_PARAMS: { [operationId: string]: { [param: string]: string } } = {
  PredictNationality: { names: "name[]" },
  PredictAge: { names: "name[]" },
  PredictGender: { names: "name[]" },
};

/** Header parameters of the swagger that the APIs read from the query. */
const HEADER_PARAMS: { [header: string]: string } = {
  "X-Api-Key": "apikey",
  "X-Country-Id": "country_id",
};

const MAX_NAMES = 10;

interface Prediction {
  name: string;
  count: number;
  country?: Array<{ country_id: string; probability: number }>;
  age?: number | null;
  gender?: string | null;
  probability?: number;
  country_id?: string;
}

/** `a, b,,a ` → ["a", "b"]: trimmed, empty items dropped, duplicates once. */
function splitList(text: string): string[] {
  const items: string[] = [];
  for (const raw of text.split(",")) {
    const item = raw.trim();
    if (item !== "" && !items.includes(item)) items.push(item);
  }
  return items;
}

function rewriteQuery(req: Req, host: string, operationId: string): void {
  const lists = LIST_PARAMS[operationId] ?? {};
  const params: string[] = [];
  for (const param of Object.keys(lists)) {
    const items = splitList(req.query.get(param) ?? "");
    if (items.length === 0) throw new HttpError(400, `${param} needs at least one value (a comma-separated list)`);
    if (items.length > MAX_NAMES) throw new HttpError(400, `${param} takes at most ${MAX_NAMES} values, got ${items.length}`);
    for (const item of items) params.push(`${lists[param]}=${encodeURIComponent(item)}`);
  }
  for (const headerName of Object.keys(HEADER_PARAMS)) {
    const value = req.headers.get(headerName);
    req.headers.delete(headerName);
    if (value === null || value.trim() === "") continue;
    const param = HEADER_PARAMS[headerName];
    params.push(`${param}=${encodeURIComponent(param === "country_id" ? value.trim().toUpperCase() : value.trim())}`);
  }
  req.url = `${host}/?${params.join("&")}`;
}

function routeRequest(req: Req, ctx: Ctx): void {
  switch (ctx.operationId) {
    case "PredictNationality":
      req.headers.delete("X-Country-Id"); // nationalize answers countries; it takes none
      rewriteQuery(req, "https://api.nationalize.io", ctx.operationId);
      break;
    case "PredictAge":
      rewriteQuery(req, "https://api.agify.io", ctx.operationId);
      break;
    case "PredictGender":
      rewriteQuery(req, "https://api.genderize.io", ctx.operationId);
      break;
    default:
      throw new HttpError(400, `Unknown operation '${ctx.operationId}': this connector has PredictNationality, PredictAge and PredictGender`);
  }
  req.method = "GET";
}

/** The APIs answer a list; errors come as {"error": "..."}. */
async function shapeResponse(res: Res, ctx: Ctx): Promise<void> {
  if (!res.ok) {
    const text = await res.text();
    let message = text;
    try {
      const body = JSON.parse(text) as { error?: string };
      message = body.error ?? text;
    } catch {
      message = text === "" ? `the API answered ${res.status}` : text;
    }
    throw new HttpError(res.status, message);
  }
  const predictions = await res.json<Prediction[]>();
  const remaining = res.headers.get("X-Rate-Limit-Remaining");
  res.setJson({
    value: predictions.map((p) => ({ ...p, known: p.count > 0 })),
    requestsRemaining: remaining === null ? null : Number(remaining),
  });
  if (remaining !== null && Number(remaining) < 10) ctx.log.warn(`${ctx.operationId}: ${remaining} requests left this month`);
}

export default defineTransforms({
  "*": { request: routeRequest, response: shapeResponse },
});
