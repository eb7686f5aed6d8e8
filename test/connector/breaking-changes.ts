// What the certification's breaking-change check refuses in a connector's next version, run
// offline: an operation removed, its path or verb changed, a parameter removed, retyped or made
// required, a new required parameter, a response field removed or retyped, a deprecated
// operation brought back, a security definition removed. Returns one line per problem.

type Obj = { [key: string]: any };

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

interface Located {
  url: string;
  method: string;
  op: Obj;
}

function operations(doc: Obj): Map<string, Located> {
  const out = new Map<string, Located>();
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Obj)) {
    for (const method of METHODS) {
      const op = item[method];
      if (op?.operationId) out.set(op.operationId, { url: `${doc.basePath ?? ""}${path}`.replace(/\/+/g, "/"), method, op });
    }
  }
  return out;
}

/** `#/definitions/X` and `#/parameters/X` resolved in `doc`. */
function deref(doc: Obj, node: Obj | undefined): Obj | undefined {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === "string" && hops < 20; hops++) {
    const [, section, name] = current.$ref.split("/");
    current = doc[section]?.[name];
  }
  return current;
}

/** A path template with its parameter names blanked: /a/{x}/b and /a/{y}/b are the same path. */
const shape = (url: string) => url.replace(/\{[^}]+\}/g, "{}");

function typeOf(doc: Obj, schema: Obj | undefined): string {
  const s = deref(doc, schema);
  if (!s) return "none";
  return s.type ?? (s.properties ? "object" : "any");
}

/** Every field of the old answer must still be there with the same type (depth-first, bounded). */
function compareSchemas(oldDoc: Obj, newDoc: Obj, oldSchema: Obj | undefined, newSchema: Obj | undefined, at: string, problems: string[], depth = 0): void {
  if (depth > 12) return;
  const o = deref(oldDoc, oldSchema);
  const n = deref(newDoc, newSchema);
  if (!o) return;
  if (!n) {
    problems.push(`${at}: the response has no schema any more`);
    return;
  }
  const [ot, nt] = [typeOf(oldDoc, o), typeOf(newDoc, n)];
  if (ot !== "any" && ot !== nt) {
    problems.push(`${at}: type changed from ${ot} to ${nt}`);
    return;
  }
  if (o.format && n.format !== o.format) problems.push(`${at}: format changed from ${o.format} to ${n.format ?? "none"}`);
  if (ot === "array") compareSchemas(oldDoc, newDoc, o.items, n.items, `${at}[]`, problems, depth + 1);
  for (const [key, value] of Object.entries((o.properties ?? {}) as Obj)) {
    const mine = n.properties?.[key];
    if (!mine) problems.push(`${at}.${key}: response field removed`);
    else compareSchemas(oldDoc, newDoc, value, mine, `${at}.${key}`, problems, depth + 1);
  }
}

export function breakingChanges(oldDoc: Obj, newDoc: Obj): string[] {
  const problems: string[] = [];
  const before = operations(oldDoc);
  const after = operations(newDoc);
  for (const [id, old] of before) {
    const now = after.get(id);
    if (!now) {
      problems.push(`${id}: operation removed`);
      continue;
    }
    if (shape(now.url) !== shape(old.url)) problems.push(`${id}: path changed from ${old.url} to ${now.url}`);
    if (now.method !== old.method) problems.push(`${id}: verb changed from ${old.method.toUpperCase()} to ${now.method.toUpperCase()}`);
    if (old.op.deprecated && !now.op.deprecated) problems.push(`${id}: was deprecated and no longer is`);

    const params = (doc: Obj, op: Obj) => ((op.parameters ?? []) as Obj[]).map((p) => deref(doc, p)!).filter(Boolean);
    const oldParams = params(oldDoc, old.op);
    const newParams = params(newDoc, now.op);
    const key = (p: Obj) => `${p.in}:${p.name}`;
    for (const p of oldParams) {
      const q = newParams.find((x) => key(x) === key(p));
      if (!q) {
        problems.push(`${id}: parameter ${p.name} (${p.in}) removed`);
        continue;
      }
      if (!p.required && q.required) problems.push(`${id}: parameter ${p.name} became required`);
      if (p.in === "body") compareSchemas(oldDoc, newDoc, p.schema, q.schema, `${id} body`, problems);
      else {
        if ((p.type ?? "") !== (q.type ?? "")) problems.push(`${id}: parameter ${p.name} retyped from ${p.type} to ${q.type}`);
        if (p.format && p.format !== q.format) problems.push(`${id}: parameter ${p.name} format changed from ${p.format} to ${q.format ?? "none"}`);
      }
    }
    for (const q of newParams) {
      if (q.required && !oldParams.some((p) => key(p) === key(q))) problems.push(`${id}: parameter ${q.name} (${q.in}) added as required`);
    }

    const success = (op: Obj) => Object.entries((op.responses ?? {}) as Obj).find(([code]) => /^2\d\d$/.test(code));
    const [oldCode, oldResponse] = success(old.op) ?? [];
    const [newCode, newResponse] = success(now.op) ?? [];
    if (oldCode && oldCode !== newCode) problems.push(`${id}: success status changed from ${oldCode} to ${newCode ?? "none"}`);
    if (oldResponse?.schema) compareSchemas(oldDoc, newDoc, oldResponse.schema, newResponse?.schema, `${id} response`, problems);
  }
  for (const [name, scheme] of Object.entries((oldDoc.securityDefinitions ?? {}) as Obj)) {
    const now = newDoc.securityDefinitions?.[name];
    if (!now) problems.push(`security definition "${name}" removed`);
    else if (now.type !== scheme.type || now.in !== scheme.in || String(now.name).toLowerCase() !== String(scheme.name).toLowerCase()) {
      problems.push(`security definition "${name}" changed`);
    }
  }
  return problems;
}
