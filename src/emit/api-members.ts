// The members of the authoring API (Req, Res, Ctx, Headers, Query, Log) and the helpers exported
// beside them, with the C# each becomes and the runtime feature it needs.

export interface ApiMember {
  /** C# member name on the runtime class. */
  cs: string;
  kind: "property" | "method";
  /** Runtime features the member needs besides its class's own. */
  needs?: string[];
  /** For optional trailing parameters: what to pass when the TS call leaves them out. */
  defaults?: string[];
  /** Property may be assigned. */
  writable?: boolean;
  /** C# parameter types narrower than the JSON (JToken) the arguments are held in: the call casts. */
  argTypes?: string[];
}

const m = (cs: string, extra: Partial<ApiMember> = {}): ApiMember => ({ cs, kind: "method", ...extra });
const p = (cs: string, writable = false): ApiMember => ({ cs, kind: "property", writable });

const body = {
  text: m("Text"),
  json: m("Json", { needs: ["Json"] }),
  base64: m("Base64"),
  setText: m("SetText", { defaults: ["null"] }),
  setJson: m("SetJson", { needs: ["Json"] }),
  setBase64: m("SetBase64", { needs: ["Base64"] }),
};

export const API_MEMBERS: Record<string, Record<string, ApiMember>> = {
  Req: {
    method: p("Method", true),
    url: p("Url", true),
    path: p("Path", true),
    query: p("Query"),
    headers: p("Headers"),
    ...body,
    setForm: m("SetForm", { needs: ["Body"], argTypes: ["JObject"] }),
    // SetMultipart takes a JToken: a record of parts or an array of {name, value}.
    setMultipart: m("SetMultipart", { needs: ["Body"] }),
  },
  Res: { status: p("Status", true), ok: p("Ok"), headers: p("Headers"), ...body },
  Ctx: {
    operationId: p("OperationId"),
    correlationId: p("CorrelationId"),
    originalUrl: p("OriginalUrl"),
    send: m("Send"),
    newRequest: m("NewRequest"),
    respond: m("Respond", { defaults: ["null"], needs: ["Json"] }),
    notificationUrl: m("NotificationUrl"),
    log: p("Log"),
  },
  Headers: { get: m("Get"), set: m("Set"), delete: m("Delete"), has: m("Has"), entries: m("Entries"), keys: m("Keys"), forEach: m("ForEach") },
  Query: { get: m("Get"), getAll: m("GetAll"), set: m("Set"), append: m("Append"), delete: m("Delete"), has: m("Has") },
  Log: { info: m("Info"), warn: m("Warn"), error: m("Error") },
  SearchParams: {
    get: m("Get"), getAll: m("GetAll"), has: m("Has"), set: m("Set"), append: m("Append"), delete: m("Delete"),
    sort: m("Sort"), entries: m("Entries"), keys: m("Keys"), toString: m("ToString"),
  },
  HttpError: { status: p("Status"), message: p("Message") },
  URL: {
    href: p("Href", true), origin: p("Origin"), protocol: p("Protocol", true), username: p("Username"), password: p("Password"),
    host: p("Host", true), hostname: p("Hostname", true), port: p("Port", true), pathname: p("Pathname", true),
    search: p("Search", true), hash: p("Hash", true), searchParams: p("SearchParams"), toString: m("ToString"), toJSON: m("ToJSON"),
  },
  URLSearchParams: {
    get: m("Get"), getAll: m("GetAll"), has: m("Has"), set: m("Set"), append: m("Append"), delete: m("Delete"),
    sort: m("Sort"), forEach: m("ForEach"), entries: m("Entries"), keys: m("Keys"), values: m("Values"), toString: m("ToString"), size: p("Size"),
  },
};

/** The runtime feature that defines each API class. */
export const API_FEATURES: Record<string, string> = {
  Req: "Req",
  Res: "Res",
  Ctx: "Ctx",
  Headers: "Headers",
  Query: "Url",
  Log: "Ctx",
  SearchParams: "SearchParams",
  HttpError: "HttpError",
  URL: "WhatwgUrl",
  URLSearchParams: "SearchParams",
};

/** Helpers exported from "csxc", by their exported name. */
export const HELPERS: Record<string, { cs: string; feature: string; defaults?: string[] }> = {
  "isoDuration.toSeconds": { cs: "CsxIsoDuration.ToSeconds", feature: "IsoDuration" },
  "isoDuration.fromSeconds": { cs: "CsxIsoDuration.FromSeconds", feature: "IsoDuration" },
  searchParams: { cs: "CsxSearchParams.From", feature: "SearchParams", defaults: ['""'] },
  "base64.encode": { cs: "CsxBase64.Encode", feature: "Base64" },
  "base64.decode": { cs: "CsxBase64.Decode", feature: "Base64" },
  hmacSha256Hex: { cs: "CsxCrypto.HmacSha256Hex", feature: "Crypto", defaults: ['"utf8"', '"utf8"'] },
  hmacSha256Base64: { cs: "CsxCrypto.HmacSha256Base64", feature: "Crypto", defaults: ['"utf8"', '"utf8"'] },
  sha256Hex: { cs: "CsxCrypto.Sha256Hex", feature: "Crypto", defaults: ['"utf8"'] },
  sha256Base64: { cs: "CsxCrypto.Sha256Base64", feature: "Crypto", defaults: ['"utf8"'] },
  "xml.toJson": { cs: "CsxXml.ToJson", feature: "Xml" },
  "xml.fromJson": { cs: "CsxXml.FromJson", feature: "Xml", defaults: ["null"] },
};
