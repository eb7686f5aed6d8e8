// Rules on the definition's operations, parameters, responses and paths (the platform's swagger
// validator rules as Microsoft documents them; the certification text where it is stricter).

import { everyNode, isObj, successCodes, type ConnectorContext, type Obj, type Rule } from "./rule";
import type { Pointer } from "./json-doc";

const RESTRICTED = /[/\\<>*%&?]/;
const SUMMARY_CHARS = /^[A-Za-z0-9 ()]*$/;

/** Every summary the designer shows: operation summaries and every x-ms-summary. */
function summaries(c: ConnectorContext, visit: (text: unknown, pointer: Pointer, kind: string) => void): void {
  for (const o of c.operations) if (o.op.summary !== undefined) visit(o.op.summary, [...o.pointer, "summary"], `the summary of ${o.id ?? o.method.toUpperCase() + " " + o.path}`);
  everyNode(c.swagger, [], (node, pointer) => {
    if (typeof node["x-ms-summary"] === "string") visit(node["x-ms-summary"], [...pointer, "x-ms-summary"], `the x-ms-summary '${node["x-ms-summary"]}'`);
  });
}

/** Every description of an operation, a parameter or a schema property. */
function descriptions(c: ConnectorContext, visit: (text: string, pointer: Pointer) => void): void {
  for (const o of c.operations) {
    if (typeof o.op.description === "string") visit(o.op.description, [...o.pointer, "description"]);
    for (const { p, pointer } of o.parameters) if (typeof p.description === "string") visit(p.description, [...pointer, "description"]);
  }
}

const pathVariables = (path: string) => [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);

/** `/Items/{id}/` → `/items/{}`: paths that differ only in variable names, case or a final slash are one path to the platform. */
const shape = (path: string) => path.replace(/\{[^}]+\}/g, "{}").replace(/\/+$/, "").toLowerCase();

const internalRequiredWithoutDefault = (p: Obj, required: boolean) =>
  p["x-ms-visibility"] === "internal" && required && !("default" in p) && p["x-ms-notification-url"] !== true && p.in !== "body";

export const operationRules: Rule[] = [
  {
    id: "InfoDescriptionRequired", code: 5110, severity: "error",
    summary: "info.description is present (paconn reads it on every create and update and fails without it)",
    check(c, report) {
      if (typeof c.swagger.info?.description !== "string" || !c.swagger.info.description.trim()) {
        report("definition", ["info"], "info has no description; paconn create/update fails without one (write one or two sentences about the service)");
      }
    },
  },
  {
    id: "OperationIdRequired", code: 5120, severity: "error",
    summary: "every operation has an operationId",
    check(c, report) {
      for (const o of c.operations) if (typeof o.id !== "string" || !o.id) report("definition", o.pointer, `${o.method.toUpperCase()} ${o.path} has no operationId; add one, e.g. "operationId": "GetItems"`);
    },
  },
  {
    id: "OperationIdNotUnique", code: 5121, severity: "error",
    summary: "operationIds are unique (also ignoring case)",
    check(c, report) {
      const seen = new Map<string, string>();
      for (const o of c.operations) {
        if (typeof o.id !== "string") continue;
        const first = seen.get(o.id.toLowerCase());
        if (first !== undefined) report("definition", [...o.pointer, "operationId"], `the operationId '${o.id}' is already used by ${first}; each operation needs its own`);
        else seen.set(o.id.toLowerCase(), `${o.method.toUpperCase()} ${o.path}`);
      }
    },
  },
  {
    id: "OperationIdSanitized", code: 5122, severity: "error",
    summary: "operationIds hold only letters, digits and underscores, and start with a letter",
    check(c, report) {
      for (const o of c.operations) {
        if (typeof o.id === "string" && o.id && !/^[A-Za-z][A-Za-z0-9_]*$/.test(o.id)) {
          report("definition", [...o.pointer, "operationId"], `the operationId '${o.id}' may hold only letters, digits and underscores, starting with a letter; write e.g. '${o.id.replace(/[^A-Za-z0-9]+(.)?/g, (_, ch: string | undefined) => (ch ?? "").toUpperCase()).replace(/^[^A-Za-z]+/, "") || "GetItems"}'`);
        }
      }
    },
  },
  {
    id: "OperationIdCasing", code: 5123, severity: "warning",
    summary: "operationIds are PascalCase (Microsoft's coding standard for connectors)",
    check(c, report) {
      for (const o of c.operations) {
        if (typeof o.id === "string" && /^[A-Za-z][A-Za-z0-9_]*$/.test(o.id) && !/^[A-Z][A-Za-z0-9]*(_[vV]\d+)?$/.test(o.id)) {
          report("definition", [...o.pointer, "operationId"], `the operationId '${o.id}' should be PascalCase, e.g. '${o.id[0].toUpperCase()}${o.id.slice(1).replace(/_+(.)/g, (_, ch: string) => ch.toUpperCase())}'`);
        }
      }
    },
  },
  {
    id: "OperationSummaryMissing", code: 5124, severity: "error",
    summary: "every operation has a summary (the action's title in the designer)",
    check(c, report) {
      for (const o of c.operations) {
        if (typeof o.op.summary !== "string" || !o.op.summary.trim()) report("definition", o.pointer, `${o.id ?? o.path} has no summary; the designer shows it as the action's title (write e.g. "summary": "Get items")`);
      }
    },
  },
  {
    id: "OperationSummaryTooLong", code: 5125, severity: "error",
    summary: "summaries are at most 80 characters",
    check(c, report) {
      summaries(c, (text, pointer, kind) => {
        if (typeof text === "string" && text.length > 80) report("definition", pointer, `${kind} is ${text.length} characters; at most 80 are allowed`);
      });
    },
  },
  {
    id: "RestrictedCharactersInSummary", code: 5126, severity: "error",
    summary: "summaries hold none of / \\ < > * % & ?",
    check(c, report) {
      summaries(c, (text, pointer, kind) => {
        if (typeof text === "string" && RESTRICTED.test(text)) report("definition", pointer, `${kind} contains '${RESTRICTED.exec(text)![0]}', one of the restricted characters [/\\<>*%&?]; reword it`);
      });
    },
  },
  {
    id: "ValueMustEndWithAlphanumeric", code: 5127, severity: "warning",
    summary: "summaries end with a letter or a digit (no period, no space)",
    check(c, report) {
      summaries(c, (text, pointer, kind) => {
        if (typeof text === "string" && text && !/[A-Za-z0-9)]$/.test(text)) report("definition", pointer, `${kind} should end with a letter or digit, not '${text.slice(-1)}'`);
      });
    },
  },
  {
    id: "SummaryCharacters", code: 5128, severity: "warning",
    summary: "summaries hold only letters, digits, spaces and parentheses (Microsoft's string guidance)",
    check(c, report) {
      summaries(c, (text, pointer, kind) => {
        if (typeof text === "string" && !RESTRICTED.test(text) && !SUMMARY_CHARS.test(text)) {
          report("definition", pointer, `${kind} should hold only letters, digits, spaces and parentheses (found '${text.replace(/[A-Za-z0-9 ()]/g, "")[0]}')`);
        }
      });
    },
  },
  {
    id: "OperationDescriptionMissing", code: 5129, severity: "warning",
    summary: "every operation has a description",
    check(c, report) {
      for (const o of c.operations) if (typeof o.op.description !== "string" || !o.op.description.trim()) report("definition", o.pointer, `${o.id ?? o.path} has no description; add a sentence saying what it does`);
    },
  },
  {
    id: "DescriptionMustEndWithPunctuation", code: 5130, severity: "warning",
    summary: "descriptions are full sentences ending with punctuation",
    check(c, report) {
      descriptions(c, (text, pointer) => {
        if (text.trim() && !/[.!?)]$/.test(text.trim())) report("definition", pointer, "a description should be a full sentence ending with a period");
      });
    },
  },
  {
    id: "SummaryEqualsDescription", code: 5131, severity: "warning",
    summary: "an operation's description says more than its summary",
    check(c, report) {
      for (const o of c.operations) {
        if (typeof o.op.summary === "string" && o.op.summary.trim() && o.op.summary.trim() === String(o.op.description ?? "").trim()) {
          report("definition", [...o.pointer, "description"], `the description of ${o.id} repeats its summary; say what the operation does`);
        }
      }
    },
  },
  {
    id: "ParameterSummaryMissing", code: 5132, severity: "warning",
    summary: "every parameter the user sees has an x-ms-summary",
    check(c, report) {
      for (const o of c.operations) {
        for (const { p, pointer } of o.parameters) {
          if (p.in !== "body" && p["x-ms-visibility"] !== "internal" && typeof p["x-ms-summary"] !== "string") {
            report("definition", pointer, `the parameter '${p.name}' of ${o.id} has no x-ms-summary; the designer shows its raw name instead`);
          }
        }
      }
    },
  },
  {
    id: "ParameterDescriptionMissing", code: 5133, severity: "warning",
    summary: "every parameter the user sees has a description",
    check(c, report) {
      for (const o of c.operations) {
        for (const { p, pointer } of o.parameters) {
          if (p.in !== "body" && p["x-ms-visibility"] !== "internal" && (typeof p.description !== "string" || !p.description.trim())) {
            report("definition", pointer, `the parameter '${p.name}' of ${o.id} has no description`);
          }
        }
      }
    },
  },
  {
    id: "OperationVisibilityMissing", code: 5134, severity: "warning", certification: true,
    summary: "every operation says its x-ms-visibility (certification)",
    check(c, report) {
      for (const o of c.operations) if (!("x-ms-visibility" in o.op)) report("definition", o.pointer, `${o.id} has no x-ms-visibility; certification asks for one (important, advanced or internal)`);
    },
  },
  {
    id: "InvalidVisibilityValue", code: 5135, severity: "error",
    summary: "x-ms-visibility is important, advanced or internal",
    check(c, report) {
      everyNode(c.swagger, [], (node, pointer) => {
        const v = node["x-ms-visibility"];
        if (v !== undefined && !["important", "advanced", "internal"].includes(v)) {
          report("definition", [...pointer, "x-ms-visibility"], `x-ms-visibility is ${JSON.stringify(v)}; use "important", "advanced" or "internal"`);
        }
      });
    },
  },
  {
    id: "InternalRequiredWithoutDefault", code: 5136, severity: "error",
    summary: "an internal, required parameter or property has a default (nobody can fill it in)",
    check(c, report) {
      for (const o of c.operations) {
        for (const { p, pointer } of o.parameters) {
          if (internalRequiredWithoutDefault(p, p.required === true)) report("definition", pointer, `the parameter '${p.name}' of ${o.id} is internal and required but has no default; the user cannot see it, so give it a default`);
        }
      }
      everyNode(c.swagger, [], (node, pointer) => {
        if (!isObj(node.properties) || !Array.isArray(node.required)) return;
        for (const [name, prop] of Object.entries(node.properties as Obj)) {
          if (isObj(prop) && internalRequiredWithoutDefault(prop, node.required.includes(name))) {
            report("definition", [...pointer, "properties", name], `the property '${name}' is internal and required but has no default; give it a default`);
          }
        }
      });
    },
  },
  {
    id: "OperationPathMustStartWithSlash", code: 5137, severity: "error",
    summary: "paths start with '/' and hold no query or fragment",
    check(c, report) {
      for (const path of Object.keys(isObj(c.swagger.paths) ? c.swagger.paths : {})) {
        if (!path.startsWith("/")) report("definition", ["paths", path], `the path '${path}' must start with '/'`);
        else if (/[?#]/.test(path)) report("definition", ["paths", path], `the path '${path}' holds a query or fragment; declare query parameters instead [OperationPathMayNotContainQueryOrFragment]`);
      }
    },
  },
  {
    id: "PathParameterMustBeRequired", code: 5140, severity: "error",
    summary: "path parameters are required",
    check(c, report) {
      for (const o of c.operations) {
        for (const { p, pointer } of o.parameters) if (p.in === "path" && p.required !== true) report("definition", pointer, `the path parameter '${p.name}' of ${o.id} must have "required": true`);
      }
    },
  },
  {
    id: "PathParameterMissingEncoding", code: 5141, severity: "warning",
    summary: "path parameters say x-ms-url-encoding",
    check(c, report) {
      for (const o of c.operations) {
        for (const { p, pointer } of o.parameters) if (p.in === "path" && !("x-ms-url-encoding" in p)) report("definition", pointer, `the path parameter '${p.name}' of ${o.id} should say "x-ms-url-encoding": "single" (or "double")`);
      }
    },
  },
  {
    id: "QueryParameterEncodingNotSupported", code: 5142, severity: "error",
    summary: "x-ms-url-encoding only on path parameters, and only single or double",
    check(c, report) {
      for (const o of c.operations) {
        for (const { p, pointer } of o.parameters) {
          if (!("x-ms-url-encoding" in p)) continue;
          if (p.in !== "path") report("definition", [...pointer, "x-ms-url-encoding"], `x-ms-url-encoding is allowed only on path parameters; remove it from the ${p.in} parameter '${p.name}'`);
          else if (!["single", "double"].includes(p["x-ms-url-encoding"])) report("definition", [...pointer, "x-ms-url-encoding"], `x-ms-url-encoding is ${JSON.stringify(p["x-ms-url-encoding"])}; use "single" or "double"`);
        }
      }
    },
  },
  {
    id: "OperationMissingPathParameter", code: 5143, severity: "error",
    summary: "every {variable} of a path has a path parameter",
    check(c, report) {
      for (const o of c.operations) {
        const declared = new Set(o.parameters.filter(({ p }) => p.in === "path").map(({ p }) => p.name));
        for (const v of pathVariables(o.path)) if (!declared.has(v)) report("definition", o.pointer, `the path has {${v}} but ${o.id} declares no path parameter '${v}'`);
      }
    },
  },
  {
    id: "PathParameterNotDefinedInTemplate", code: 5144, severity: "error",
    summary: "every path parameter appears in the path",
    check(c, report) {
      for (const o of c.operations) {
        const vars = new Set(pathVariables(o.path));
        for (const { p, pointer } of o.parameters) if (p.in === "path" && !vars.has(p.name)) report("definition", pointer, `the path parameter '${p.name}' of ${o.id} is not in the path ${o.path}`);
      }
    },
  },
  {
    id: "OperationShouldHaveSuccessfulResponse", code: 5150, severity: "warning",
    summary: "every operation has a 2xx response",
    check(c, report) {
      for (const o of c.operations) if (isObj(o.op.responses) && successCodes(o.op).length === 0) report("definition", [...o.pointer, "responses"], `${o.id} has no success (2xx) response; the designer cannot show its output`);
    },
  },
  {
    id: "OperationHasManySuccessResponses", code: 5151, severity: "warning",
    summary: "one success response per operation",
    check(c, report) {
      for (const o of c.operations) {
        const codes = successCodes(o.op);
        if (codes.length > 1) report("definition", [...o.pointer, "responses", codes[1]], `${o.id} has ${codes.length} success responses (${codes.join(", ")}); the designer uses one, so keep one`);
      }
    },
  },
  {
    id: "OperationHasManyResponsesWithSchema", code: 5152, severity: "error",
    summary: "at most one response of an operation has a schema",
    check(c, report) {
      for (const o of c.operations) {
        const withSchema = Object.entries(isObj(o.op.responses) ? o.op.responses : {}).filter(([, r]) => isObj(r) && r.schema !== undefined).map(([code]) => code);
        if (withSchema.length > 1) report("definition", [...o.pointer, "responses", withSchema[1]], `${o.id} has ${withSchema.length} responses with a schema (${withSchema.join(", ")}); keep the schema on the success response only`);
      }
    },
  },
  {
    id: "DefaultResponseHasSchema", code: 5153, severity: "warning",
    summary: "the default response has no schema",
    check(c, report) {
      for (const o of c.operations) if (isObj(o.op.responses?.default) && o.op.responses.default.schema !== undefined) report("definition", [...o.pointer, "responses", "default", "schema"], `the default response of ${o.id} should have no schema`);
    },
  },
  {
    id: "BodyOrFormDataParameterInFetchOperationNotAllowed", code: 5155, severity: "error",
    summary: "no body or form data on GET",
    check(c, report) {
      for (const o of c.operations) {
        if (o.method !== "get") continue;
        for (const { p, pointer } of o.parameters) if (p.in === "body" || p.in === "formData") report("definition", pointer, `${o.id} is a GET and cannot have a ${p.in} parameter ('${p.name}'); use query parameters, or make it a POST`);
      }
    },
  },
  {
    id: "OperationParametersContainMultipleBodyParameters", code: 5156, severity: "error",
    summary: "at most one body parameter",
    check(c, report) {
      for (const o of c.operations) {
        const bodies = o.parameters.filter(({ p }) => p.in === "body");
        if (bodies.length > 1) report("definition", bodies[1].pointer, `${o.id} has ${bodies.length} body parameters; an operation has one body: put the fields in its schema`);
      }
    },
  },
  {
    id: "ParameterListContainsFormDataAndBody", code: 5157, severity: "error",
    summary: "never a body beside form data",
    check(c, report) {
      for (const o of c.operations) {
        const body = o.parameters.find(({ p }) => p.in === "body");
        if (body && o.parameters.some(({ p }) => p.in === "formData")) report("definition", body.pointer, `${o.id} has both a body and formData parameters; use one or the other`);
      }
    },
  },
  {
    id: "FileParameterMustBeInFormData", code: 5158, severity: "error",
    summary: "file parameters are formData",
    check(c, report) {
      for (const o of c.operations) {
        for (const { p, pointer } of o.parameters) if (p.type === "file" && p.in !== "formData") report("definition", pointer, `the file parameter '${p.name}' of ${o.id} must be "in": "formData" (and the operation consume multipart/form-data)`);
      }
    },
  },
  {
    id: "DuplicateOperationPath", code: 5160, severity: "error",
    summary: "no two operations of one method on the same path (variable names, case and a final slash ignored)",
    check(c, report) {
      const seen = new Map<string, string>();
      for (const o of c.operations) {
        const key = `${o.method} ${shape(o.path)}`;
        const first = seen.get(key);
        if (first) report("definition", o.pointer, `${o.method.toUpperCase()} ${o.path} is the same path as ${first}; the platform cannot tell them apart`);
        else seen.set(key, `${o.method.toUpperCase()} ${o.path} (${o.id})`);
      }
    },
  },
  {
    id: "SchemaRefLoopNotAllowed", code: 5165, severity: "error",
    summary: "definitions do not reference themselves through any chain",
    check(c, report) {
      const definitions = isObj(c.swagger.definitions) ? (c.swagger.definitions as Obj) : {};
      const edges = new Map<string, string[]>();
      for (const [name, d] of Object.entries(definitions)) {
        const out: string[] = [];
        everyNode(d, [], (node) => {
          if (typeof node.$ref === "string" && node.$ref.startsWith("#/definitions/")) out.push(node.$ref.slice("#/definitions/".length));
        });
        edges.set(name, out);
      }
      const state = new Map<string, "open" | "done">();
      const visit = (n: string, trail: string[]): void => {
        if (state.get(n) === "done") return;
        if (state.get(n) === "open") {
          report("definition", ["definitions", n], `the definition '${n}' refers to itself (${[...trail.slice(trail.indexOf(n)), n].join(" -> ")}); the platform rejects reference loops`);
          return;
        }
        state.set(n, "open");
        for (const m of edges.get(n) ?? []) visit(m, [...trail, n]);
        state.set(n, "done");
      };
      for (const n of edges.keys()) visit(n, []);
    },
  },
  {
    id: "AdditionalPropertyNotAllowedAdjacentToRef", code: 5166, severity: "warning",
    summary: "nothing stands beside a $ref (it is ignored)",
    check(c, report) {
      everyNode(c.swagger, [], (node, pointer) => {
        if (typeof node.$ref === "string" && Object.keys(node).length > 1) {
          report("definition", pointer, `'${Object.keys(node).filter((k) => k !== "$ref").join("', '")}' beside a $ref is ignored; move it into the referenced definition`);
        }
      });
    },
  },
];

