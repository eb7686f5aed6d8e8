import { HttpError } from "csxc";

/** What an Azure Communication Services connection string holds. */
export interface Connection {
  /** e.g. https://contoso.communication.azure.com, without a trailing slash. */
  endpoint: string;
  /** The host of the endpoint, e.g. contoso.communication.azure.com. */
  host: string;
  /** The access key, base64 as the portal shows it. */
  accessKey: string;
}

/**
 * Parses `endpoint=https://….communication.azure.com/;accesskey=BASE64==`. Keys are case-insensitive,
 * parts may come in any order and with white space around them; a base64 key contains `=`, so a
 * part is split at its first `=` only.
 */
export function parseConnectionString(text: string | null): Connection {
  if (text === null || text.trim() === "") {
    throw new HttpError(401, "The connection string is missing: create the connection again with endpoint=…;accesskey=…");
  }
  let endpoint = "";
  let accessKey = "";
  for (const part of text.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    const value = part.slice(eq + 1).trim();
    switch (key) {
      case "endpoint":
        endpoint = value;
        break;
      case "accesskey":
        accessKey = value;
        break;
    }
  }
  const match = /^https:\/\/([a-z0-9.-]+)(?::\d+)?\/?$/i.exec(endpoint);
  if (!match) {
    throw new HttpError(400, `The connection string's endpoint must be an https URL such as https://name.communication.azure.com, got '${endpoint}'`);
  }
  if (accessKey === "") {
    throw new HttpError(400, "The connection string has no accesskey");
  }
  return { endpoint: endpoint.replace(/\/+$/, ""), host: match[1].toLowerCase(), accessKey: accessKey };
}
