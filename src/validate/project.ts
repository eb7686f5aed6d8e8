// csxc's own rules, about the connector as a whole: the transforms against the definition, the
// emitted script against the platform's limits, and secrets in any file of the bundle. (A transform
// key that is not an operationId is CSX4004, reported at the key in the TypeScript.)

import { everyNode, isWebhook, type ConnectorContext, type Rule, type Where } from "./rule";

/** The namespaces a script may use (Microsoft's list) and ScriptBase's own. */
export const SUPPORTED_NAMESPACES = [
  "System", "System.Collections", "System.Collections.Generic", "System.Diagnostics", "System.IO", "System.IO.Compression",
  "System.Linq", "System.Net", "System.Net.Http", "System.Net.Http.Headers", "System.Net.Security",
  "System.Security.Authentication", "System.Security.Cryptography", "System.Text", "System.Text.RegularExpressions",
  "System.Threading", "System.Threading.Tasks", "System.Web", "System.Xml", "System.Xml.Linq", "System.Drawing",
  "System.Drawing.Drawing2D", "System.Drawing.Imaging", "Microsoft.Extensions.Logging", "Newtonsoft.Json",
  "Newtonsoft.Json.Linq", "Microsoft.PowerPlatform.Connectors.CustomCode.CSharp",
];

/** Text that is a credential whatever its place: tokens with a known shape. */
const TOKEN_SHAPES: Array<[RegExp, string]> = [
  [/\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/, "a JSON Web Token"],
  [/\bBearer\s+[A-Za-z0-9._~+/-]{20,}=*/, "a bearer token"],
  [/\b(gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})/, "a GitHub token"],
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}/, "a Slack token"],
  [/\bAKIA[0-9A-Z]{16}\b/, "an AWS access key"],
  [/\bAIza[0-9A-Za-z_-]{35}\b/, "a Google API key"],
  [/\bsk-(live|test|proj)?[-_]?[A-Za-z0-9]{20,}/, "a secret key"],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, "a private key"],
];

/** Names whose value is a secret: a default or test value there is a credential in the file. */
const SECRET_NAME = /(api[-_ ]?key|secret|password|passwd|token|authorization|x-api-key)/i;
const PLACEHOLDER = /^(<.*>|\{.*\}|x+|\*+|your[ _-].*|changeme|string|null|none|)$/i;

function looksSecret(value: unknown): value is string {
  return typeof value === "string" && value.length >= 8 && !PLACEHOLDER.test(value.trim()) && !/\s/.test(value.trim()) && /[0-9]/.test(value) && /[A-Za-z]/.test(value);
}

export const projectRules: Rule[] = [
  {
    id: "TriggerWithoutTransform", code: 5330, severity: "warning",
    summary: "a webhook trigger has a transform (the platform needs 201 and Location, which APIs rarely answer)",
    check(c, report) {
      if (!c.transforms || c.transforms.keys.includes("*")) return;
      for (const o of c.operations) {
        if (isWebhook(o) && o.id && !c.transforms.keys.includes(o.id)) {
          report("definition", [...o.pointer, "operationId"], `the trigger ${o.id} has no transform; unless the service itself answers the subscription with 201 and a Location header, write one (see docs/validation.md#triggers)`);
        }
      }
    },
  },
  {
    id: "ScriptNamespaceNotSupported", code: 5331, severity: "error", stage: "script",
    summary: "script.csx uses only the namespaces the platform supports",
    check(c, report) {
      if (!c.script) return;
      for (const m of c.script.matchAll(/^\s*using\s+(?:static\s+)?(?:\w+\s*=\s*)?([A-Za-z_][\w.]*)\s*;/gm)) {
        if (!SUPPORTED_NAMESPACES.includes(m[1])) report("script", { offset: m.index! }, `script.csx uses the namespace ${m[1]}, which the platform does not support`);
      }
    },
  },
  {
    id: "SecretInFile", code: 5332, severity: "error",
    summary: "no credential in the definition, the properties or the settings",
    check(c, report) {
      const docs: Array<[Where, unknown]> = [["definition", c.swagger], ["properties", c.properties?.value], ["settings", c.settings?.value]];
      for (const [where, value] of docs) {
        everyNode(value, [], (node, pointer) => {
          for (const [key, v] of Object.entries(node)) {
            if (typeof v !== "string") continue;
            const shape = TOKEN_SHAPES.find(([re]) => re.test(v));
            if (shape) report(where, [...pointer, key], `this looks like ${shape[1]}; never put credentials in connector files (they are uploaded and shared)`);
            else if ((key === "clientSecret" && v) || (["default", "x-ms-test-value", "example", "x-example"].includes(key) && SECRET_NAME.test(String(node.name ?? pointer[pointer.length - 1] ?? "")) && looksSecret(v))) {
              report(where, [...pointer, key], `'${key}' holds what looks like a real secret; remove it (the connection asks the user for it; paconn takes an OAuth secret with --secret)`);
            }
          }
        });
      }
    },
  },
  {
    id: "SecretInScript", code: 5335, severity: "error", stage: "script",
    summary: "no credential in script.csx (string literals of the transforms end up there)",
    check(c, report) {
      for (const [re, what] of TOKEN_SHAPES) {
        const m = re.exec(c.script ?? "");
        if (m) report("script", { offset: m.index }, `script.csx contains what looks like ${what}; a transform must read credentials from the request the platform sends, never hold them`);
      }
    },
  },
  {
    id: "DefinitionTooLarge", code: 5333, severity: "warning",
    summary: "the definition is under 1 MB",
    check(c, report) {
      const bytes = Buffer.byteLength(c.definition.text, "utf8");
      if (bytes >= 1024 * 1024) report("definition", [], `the definition is ${bytes} bytes; the platform expects less than 1 MB`);
    },
  },
  {
    id: "NonAsciiInConnectorFile", code: 5334, severity: "warning",
    summary: "the definition and properties are ASCII without a BOM (paconn reads them with the system's encoding)",
    check(c, report) {
      for (const [where, doc] of [["definition", c.definition], ["properties", c.properties]] as const) {
        if (!doc) continue;
        if (doc.text.charCodeAt(0) === 0xfeff) report(where, [], `${doc.file} starts with a byte order mark; paconn cannot read it: save it as UTF-8 without BOM`);
        const at = doc.text.search(/[^\x00-\x7f\ufeff]/);
        if (at >= 0) report(where, { offset: at }, `${doc.file} holds the non-ASCII character '${doc.text[at]}'; paconn reads the file with the system's encoding, so write it as a \\u${doc.text.charCodeAt(at).toString(16).padStart(4, "0")} escape`);
      }
    },
  },
];

