import { defineTransforms, HttpError, hmacSha256Base64, sha256Base64, type Ctx, type Req, type Res } from "csxc";
import { parseConnectionString } from "./connection";
import { signingDate } from "./rfc1123";

// Azure Communication Services (Email): every call is signed with HMAC-SHA256 over the method,
// the path and query, the date, the host and the hash of the body, keyed with the access key of
// the connection string; the request goes to the endpoint's host, not the swagger's placeholder.

const CONNECTION_HEADER = "X-Connection-String";
const SIGNED_HEADERS = "x-ms-date;host;x-ms-content-sha256";

interface EmailStatus {
  id: string;
  status: string;
  error?: { code?: string; message?: string } | null;
}

/** The part of an absolute URL from the path on: `/emails:send?api-version=…`. */
function pathAndQuery(url: string): string {
  const afterScheme = url.indexOf("//") + 2;
  const slash = url.indexOf("/", afterScheme);
  const question = url.indexOf("?", afterScheme);
  if (slash < 0 && question < 0) return "/";
  if (slash < 0 || (question >= 0 && question < slash)) return "/" + url.slice(question);
  return url.slice(slash);
}

export async function signRequest(req: Req, ctx: Ctx): Promise<void> {
  const connection = parseConnectionString(req.headers.get(CONNECTION_HEADER));
  const requested = req.headers.get("x-ms-date") ?? req.headers.get("Date");
  if (requested === null) {
    throw new HttpError(400, "x-ms-date is required: pass the request time (RFC 1123 or ISO 8601) so the signature can be checked");
  }
  const date = signingDate(requested);
  if (date === null) {
    throw new HttpError(400, `x-ms-date must be an RFC 1123 or ISO 8601 date, got '${requested}'`);
  }

  const target = pathAndQuery(req.url);
  req.url = `https://${connection.host}${target}`;
  const body = await req.text();
  const contentHash = sha256Base64(body);
  const toSign = `${req.method}\n${target}\n${date};${connection.host};${contentHash}`;
  let signature: string;
  try {
    signature = hmacSha256Base64(connection.accessKey, toSign, "base64");
  } catch (e) {
    throw new HttpError(400, "The connection string's accesskey is not valid base64");
  }

  req.headers.delete(CONNECTION_HEADER);
  req.headers.delete("Date");
  req.headers.set("Host", connection.host);
  req.headers.set("x-ms-date", date);
  req.headers.set("x-ms-content-sha256", contentHash);
  req.headers.set("Authorization", `HMAC-SHA256 SignedHeaders=${SIGNED_HEADERS}&Signature=${signature}`);
  ctx.log.info(`signed ${req.method} ${target} for ${connection.host}`);
}

/** ACS answers errors as {"error":{"code","message"}}; flows show {"message"}, so say it there. */
export async function explainErrors(res: Res): Promise<void> {
  if (res.ok) return;
  const text = await res.text();
  let detail = text;
  try {
    const body = JSON.parse(text) as { error?: { code?: string; message?: string } };
    if (body.error) detail = `${body.error.code ?? "Error"}: ${body.error.message ?? "no message"}`;
  } catch {
    // not JSON: keep the text as it came
  }
  res.setJson({ message: detail === "" ? `ACS answered ${res.status}` : detail, status: res.status });
}

/** The send answers 202 with the operation's id in `operation-location`; hand the id to the flow. */
export async function describeSend(res: Res): Promise<void> {
  if (res.status !== 202) return explainErrors(res);
  const status = await res.json<EmailStatus>();
  const location = res.headers.get("operation-location");
  res.setJson({ id: status.id, status: status.status, operationLocation: location ?? "" });
}

export default defineTransforms({
  SendEmail: { request: signRequest, response: describeSend },
  "*": { request: signRequest, response: explainErrors },
});
