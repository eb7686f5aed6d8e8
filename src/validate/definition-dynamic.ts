// Rules on drop-downs and dynamic schemas: x-ms-dynamic-values / x-ms-dynamic-list (a list the
// designer fills by calling another operation) and x-ms-dynamic-schema / x-ms-dynamic-properties
// (a schema read from another operation's answer). The operation called must exist, get every
// parameter it requires, from parameters that exist, and answer with the fields named.

import type { Pointer } from "./json-doc";
import { everyNode, isObj, successSchema, type ConnectorContext, type Obj, type Operation, type Rule } from "./rule";

type Kind = "x-ms-dynamic-values" | "x-ms-dynamic-list" | "x-ms-dynamic-schema" | "x-ms-dynamic-properties";
const KINDS: Kind[] = ["x-ms-dynamic-values", "x-ms-dynamic-list", "x-ms-dynamic-schema", "x-ms-dynamic-properties"];

interface Use {
  kind: Kind;
  ext: Obj;
  pointer: Pointer;
  /** The operation whose parameter or body holds it (undefined under #/definitions). */
  owner?: Operation;
  /** The node that carries the extension. */
  node: Obj;
  nodePointer: Pointer;
}

const cache = new WeakMap<ConnectorContext, Use[]>();

function uses(c: ConnectorContext): Use[] {
  let list = cache.get(c);
  if (list) return list;
  list = [];
  const owners = new Map(c.operations.map((o) => [o.pointer.join("\0"), o]));
  everyNode(c.swagger, [], (node, pointer) => {
    for (const kind of KINDS) {
      if (!isObj(node[kind])) continue;
      const owner = pointer[0] === "paths" ? owners.get(pointer.slice(0, 3).join("\0")) : undefined;
      list!.push({ kind, ext: node[kind], pointer: [...pointer, kind], owner, node, nodePointer: pointer });
    }
  });
  cache.set(c, list);
  return list;
}

/** A mapped parameter: x-ms-dynamic-values/-schema write { parameter } or { value }, -list/-properties { parameterReference } or { value }. */
function sourceOf(mapping: unknown): string | undefined {
  if (!isObj(mapping)) return undefined;
  const ref = mapping.parameter ?? mapping.parameterReference;
  return typeof ref === "string" ? ref : undefined;
}

/** Walks `path` ("a/b" or "a.b") through a schema's properties; undefined when a step is missing. */
function follow(c: ConnectorContext, schema: Obj | undefined, path: string): { schema?: Obj; missing?: string } {
  let s = c.resolve(schema);
  for (const step of path.split(/[/.]/).filter(Boolean)) {
    if (!s) return {};
    if (s.type === "array" && !isObj(s.properties)) s = c.resolve(s.items);
    if (!s || !isObj(s.properties)) return {}; // a loosely typed answer: nothing to check against
    if (!(step in s.properties)) return { missing: step };
    s = c.resolve(s.properties[step]);
  }
  return { schema: s };
}

const target = (c: ConnectorContext, u: Use) => (typeof u.ext.operationId === "string" ? c.byId.get(u.ext.operationId) : undefined);

export const dynamicRules: Rule[] = [
  {
    id: "DynamicOperationNotFound", code: 5240, severity: "error",
    summary: "a dynamic list or schema calls an operation that exists",
    check(c, report) {
      for (const u of uses(c)) {
        if (typeof u.ext.operationId !== "string") report("definition", u.pointer, `${u.kind} has no operationId; name the operation that supplies the values`);
        else if (!target(c, u)) {
          const known = [...c.byId.keys()].filter((id) => id.toLowerCase().includes(u.ext.operationId.toLowerCase().replace(/^(get|list)/, "")));
          report("definition", [...u.pointer, "operationId"], `${u.kind} calls '${u.ext.operationId}', which is not an operation of this definition${known.length ? `; did you mean ${known.slice(0, 3).join(" or ")}?` : ""}`);
        }
      }
    },
  },
  {
    id: "DynamicParameterNotFound", code: 5241, severity: "error",
    summary: "every parameter a dynamic call passes is a parameter of the operation called",
    check(c, report) {
      for (const u of uses(c)) {
        const t = target(c, u);
        if (!t || !isObj(u.ext.parameters)) continue;
        const names = new Set(t.parameters.map(({ p }) => p.name));
        for (const name of Object.keys(u.ext.parameters)) {
          if (!names.has(name)) report("definition", [...u.pointer, "parameters", name], `${u.kind} passes '${name}' to ${t.id}, which has no such parameter (it has ${[...names].join(", ") || "none"})`);
        }
      }
    },
  },
  {
    id: "DynamicRequiredParameterNotMapped", code: 5242, severity: "error",
    summary: "a dynamic call passes every parameter the operation called requires",
    check(c, report) {
      for (const u of uses(c)) {
        const t = target(c, u);
        if (!t) continue;
        const given = isObj(u.ext.parameters) ? u.ext.parameters : {};
        for (const { p } of t.parameters) {
          if (p.required === true && !("default" in p) && !(p.name in given)) {
            report("definition", [...u.pointer, isObj(u.ext.parameters) ? "parameters" : "operationId"], `${u.kind} calls ${t.id} without its required parameter '${p.name}'; map it: "${p.name}": { "${u.kind === "x-ms-dynamic-values" || u.kind === "x-ms-dynamic-schema" ? "parameter" : "parameterReference"}": "..." } or { "value": ... }`);
          }
        }
      }
    },
  },
  {
    id: "DynamicSourceParameterNotFound", code: 5243, severity: "error",
    summary: "a parameter reference of a dynamic call names a parameter of the calling operation",
    check(c, report) {
      for (const u of uses(c)) {
        if (!u.owner || !isObj(u.ext.parameters)) continue;
        const own = new Set(u.owner.parameters.map(({ p }) => p.name));
        for (const [name, mapping] of Object.entries(u.ext.parameters)) {
          const source = sourceOf(mapping);
          if (source === undefined) {
            if (!isObj(mapping) || !("value" in mapping)) report("definition", [...u.pointer, "parameters", name], `'${name}' must be { "parameter": "<name of a parameter of ${u.owner.id}>" } or { "value": ... }`);
            continue;
          }
          const root = source.split("/")[0];
          if (!own.has(source) && !own.has(root)) report("definition", [...u.pointer, "parameters", name], `'${name}' takes its value from '${source}', which is not a parameter of ${u.owner.id} (it has ${[...own].join(", ") || "none"})`);
        }
      }
    },
  },
  {
    id: "InvokedOperationShouldProduceArray", code: 5244, severity: "error",
    summary: "the operation behind a drop-down answers an array (at value-collection / itemsPath)",
    check(c, report) {
      for (const u of uses(c)) {
        if (u.kind !== "x-ms-dynamic-values" && u.kind !== "x-ms-dynamic-list") continue;
        const t = target(c, u);
        if (!t) continue;
        const collection = String((u.kind === "x-ms-dynamic-values" ? u.ext["value-collection"] : u.ext.itemsPath) ?? "");
        const found = follow(c, successSchema(c, t.op), collection);
        if (found.missing) report("definition", [...u.pointer, u.kind === "x-ms-dynamic-values" ? "value-collection" : "itemsPath"], `${t.id}'s answer has no '${found.missing}' (looked for '${collection}')`);
        else if (found.schema && found.schema.type !== undefined && found.schema.type !== "array") {
          report("definition", u.pointer, `${t.id} answers ${collection ? `'${collection}' as` : ""} ${found.schema.type}, not an array; point ${u.kind === "x-ms-dynamic-values" ? "value-collection" : "itemsPath"} at the array of choices`);
        }
      }
    },
  },
  {
    id: "InvokedOperationShouldProduceProperty", code: 5245, severity: "error",
    summary: "the fields a drop-down or dynamic schema reads are in the answer of the operation called",
    check(c, report) {
      for (const u of uses(c)) {
        const t = target(c, u);
        if (!t) continue;
        const answer = successSchema(c, t.op);
        if (u.kind === "x-ms-dynamic-values" || u.kind === "x-ms-dynamic-list") {
          const values = u.kind === "x-ms-dynamic-values";
          const collection = String((values ? u.ext["value-collection"] : u.ext.itemsPath) ?? "");
          const list = follow(c, answer, collection).schema;
          const item = list?.type === "array" ? c.resolve(list.items) : undefined;
          const fields = values ? ["value-path", "value-title"] : ["itemValuePath", "itemTitlePath"];
          if (typeof u.ext[fields[0]] !== "string") {
            report("definition", u.pointer, `${u.kind} has no ${fields[0]}: name the field of each item that is the value`);
            continue;
          }
          if (!item) continue;
          for (const field of fields) {
            const path = u.ext[field];
            if (typeof path !== "string") continue;
            const found = follow(c, item, path);
            if (found.missing) report("definition", [...u.pointer, field], `the items ${t.id} answers have no '${path}'${isObj(item.properties) ? ` (they have ${Object.keys(item.properties).join(", ")})` : ""}`);
          }
        } else {
          const field = u.kind === "x-ms-dynamic-schema" ? "value-path" : "itemValuePath";
          const path = u.ext[field];
          if (typeof path !== "string") continue;
          const found = follow(c, answer, path);
          if (found.missing) report("definition", [...u.pointer, field], `${t.id}'s answer has no '${path}' to read the schema from`);
        }
      }
    },
  },
  {
    id: "DynamicExtensionDefinitionNotAllowedInParameter", code: 5246, severity: "error",
    summary: "x-ms-dynamic-schema goes in the body parameter's schema, not on the parameter",
    check(c, report) {
      for (const u of uses(c)) {
        if ((u.kind === "x-ms-dynamic-schema" || u.kind === "x-ms-dynamic-properties") && u.node.in === "body") {
          report("definition", u.pointer, `${u.kind} is on the body parameter itself; move it into its "schema"`);
        }
      }
    },
  },
];
