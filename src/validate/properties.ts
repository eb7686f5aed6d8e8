// Rules on apiProperties.json: connection parameters, the brand color, capabilities, and
// scriptOperations (written by the build). stackOwner, which breaks `paconn update`, needs no rule:
// the build gives paconn a copy without it (src/cli/build-command.ts, PACONN_PROPERTIES).

import { isObj, type ConnectorContext, type Obj, type Rule } from "./rule";

const connectionParameters = (c: ConnectorContext): Obj => (isObj(c.props.connectionParameters) ? c.props.connectionParameters : {});

const securityDefinitions = (c: ConnectorContext): Array<[string, Obj]> =>
  Object.entries(isObj(c.swagger.securityDefinitions) ? (c.swagger.securityDefinitions as Obj) : {}).filter(([, d]) => isObj(d)) as Array<[string, Obj]>;

export const propertiesRules: Rule[] = [
  {
    id: "ConnectionParameterForSecurityMissing", code: 5270, severity: "warning",
    summary: "each securityDefinition has the connection parameter the platform fills it from",
    check(c, report) {
      if (!c.properties) return;
      const params = Object.values(connectionParameters(c)).filter(isObj);
      for (const [name, d] of securityDefinitions(c)) {
        const wanted = d.type === "apiKey" ? "securestring" : d.type === "oauth2" ? "oauthSetting" : undefined;
        if (wanted && !params.some((p) => p.type === wanted)) {
          report("properties", ["properties", "connectionParameters"], `the definition's security '${name}' (${d.type}) needs a connection parameter of type ${wanted} in apiProperties.json${d.type === "apiKey" ? ' (usually "api_key")' : ' (usually "token")'}; without it the connection never asks for the credential`);
        }
      }
    },
  },
  {
    id: "ConnectionParameterNotSecure", code: 5271, severity: "warning",
    summary: "a connection parameter that holds a key, token or password is a securestring",
    check(c, report) {
      for (const [name, p] of Object.entries(connectionParameters(c))) {
        const label = `${name} ${isObj(p) && isObj(p.uiDefinition) ? p.uiDefinition.displayName ?? "" : ""}`;
        if (isObj(p) && p.type === "string" && /key|token|secret|password/i.test(label)) {
          report("properties", ["properties", "connectionParameters", name, "type"], `the connection parameter '${name}' looks like a secret but is a plain string, shown in clear; make it "securestring"`);
        }
      }
    },
  },
  {
    id: "IconBrandColorInvalid", code: 5272, severity: "error",
    summary: "iconBrandColor is a #rrggbb color",
    check(c, report) {
      if (!c.properties) return;
      const color = c.props.iconBrandColor;
      if (color === undefined) report("properties", ["properties"], 'apiProperties.json has no iconBrandColor; add one, e.g. "iconBrandColor": "#da3b01"');
      else if (typeof color !== "string" || !/^#[0-9a-fA-F]{6}$/.test(color)) report("properties", ["properties", "iconBrandColor"], `iconBrandColor is ${JSON.stringify(color)}; write a hex color like "#da3b01"`);
    },
  },
  {
    id: "CapabilitiesTriggersMismatch", code: 5274, severity: "warning",
    summary: "capabilities lists \"triggers\" exactly when the definition has triggers",
    check(c, report) {
      if (!c.properties) return;
      const caps = Array.isArray(c.props.capabilities) ? (c.props.capabilities as unknown[]) : [];
      const hasTriggers = c.operations.some((o) => o.op["x-ms-trigger"]);
      if (hasTriggers && !caps.includes("triggers")) report("properties", ["properties", "capabilities"], 'the definition has triggers but capabilities does not list "triggers"');
      if (!hasTriggers && caps.includes("triggers")) report("properties", ["properties", "capabilities"], 'capabilities lists "triggers" but the definition has none');
    },
  },
  {
    id: "ScriptOperationsWrittenByBuild", code: 5275, severity: "warning",
    summary: "scriptOperations is left to the build (it lists the operations the transforms cover)",
    check(c, report) {
      if ("scriptOperations" in c.props) report("properties", ["properties", "scriptOperations"], "scriptOperations is written by csxc build from the transforms map; the value here is replaced");
    },
  },
];
