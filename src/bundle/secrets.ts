// Where the connector's swagger says its credentials travel: the apiKey security definitions name
// a header or a query parameter. Recording (csxc/testing) redacts them; any JSON value is accepted
// here (a half-written swagger must not crash a jest run), and names nothing when it is not a swagger.

export interface SecretNames {
  /** Header names of `in: header` apiKey definitions, e.g. X-Api-Key. */
  headers: string[];
  /** Query parameter names of `in: query` apiKey definitions, e.g. api_key. */
  query: string[];
}

export function secretNamesOf(document: unknown): SecretNames {
  const names: SecretNames = { headers: [], query: [] };
  const definitions = (document as { securityDefinitions?: unknown } | null)?.securityDefinitions;
  if (typeof definitions !== "object" || definitions === null) return names;
  for (const d of Object.values(definitions) as Array<{ type?: unknown; in?: unknown; name?: unknown } | null>) {
    if (d?.type !== "apiKey" || typeof d.name !== "string" || d.name === "") continue;
    if (d.in === "header") names.headers.push(d.name);
    else if (d.in === "query") names.query.push(d.name);
  }
  return names;
}
