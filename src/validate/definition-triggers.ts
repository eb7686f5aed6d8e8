// Rules on triggers (x-ms-trigger). A webhook trigger (any method but GET) subscribes: Power
// Automate calls it with its callback URL in a body property marked x-ms-notification-url, expects
// 201 with a Location header, and later calls DELETE on that Location to unsubscribe. The payload
// the service posts to the callback is described by x-ms-notification-content on the path item.

import type { Pointer } from "./json-doc";
import { isObj, isWebhook, successCodes, type ConnectorContext, type Obj, type Operation, type Rule } from "./rule";

interface NotificationUrl {
  schema: Obj;
  pointer: Pointer;
  /** Whether every property on the way down is required. */
  required: boolean;
  /** Whether it, or a parent on the way, is internal. */
  internal: boolean;
}

/** The body properties marked x-ms-notification-url, however deep, with how they are reached. */
function notificationUrls(c: ConnectorContext, o: Operation): NotificationUrl[] {
  const found: NotificationUrl[] = [];
  const body = o.parameters.find(({ p }) => p.in === "body");
  if (!body) return found;
  const walk = (schema: Obj | undefined, pointer: Pointer, required: boolean, internal: boolean, depth: number) => {
    const at = c.resolveAt(schema, pointer);
    if (!at || depth > 8) return;
    const s = at.schema;
    const here = internal || s["x-ms-visibility"] === "internal";
    if (s["x-ms-notification-url"] === true) found.push({ schema: s, pointer: at.pointer, required, internal: here });
    if (!isObj(s.properties)) return;
    const req = Array.isArray(s.required) ? (s.required as string[]) : [];
    for (const [name, prop] of Object.entries(s.properties as Obj)) {
      walk(prop, [...at.pointer, "properties", name], required && req.includes(name), here, depth + 1);
    }
  };
  walk(body.p.schema, [...body.pointer, "schema"], body.p.required === true, body.p["x-ms-visibility"] === "internal", 0);
  return found;
}

const webhooks = (c: ConnectorContext) => c.operations.filter(isWebhook);

export const triggerRules: Rule[] = [
  {
    id: "InvalidTriggerValue", code: 5200, severity: "error",
    summary: "x-ms-trigger is single or batch",
    check(c, report) {
      for (const o of c.operations) {
        const t = o.op["x-ms-trigger"];
        if (t !== undefined && t !== "single" && t !== "batch") report("definition", [...o.pointer, "x-ms-trigger"], `x-ms-trigger is ${JSON.stringify(t)}; use "single" (one object per event) or "batch" (an array)`);
      }
    },
  },
  {
    id: "WebhookOperationsMissingNotificationUrlProperty", code: 5201, severity: "error",
    summary: "a webhook trigger's body has a property marked x-ms-notification-url",
    check(c, report) {
      for (const o of webhooks(c)) {
        if (notificationUrls(c, o).length === 0) {
          report("definition", o.pointer, `the trigger ${o.id} needs a body property with "x-ms-notification-url": true (a required, internal string): the platform puts the flow's callback URL there`);
        }
      }
    },
  },
  {
    id: "NotificationUrlNotRequired", code: 5202, severity: "error",
    summary: "the x-ms-notification-url property is required, and so is every parent up to the body",
    check(c, report) {
      for (const o of webhooks(c)) {
        for (const u of notificationUrls(c, o)) if (!u.required) report("definition", u.pointer, `the callback URL property of ${o.id} must be required, and so must the body parameter and every property on the way to it`);
      }
    },
  },
  {
    id: "NotificationUrlNotInternal", code: 5203, severity: "error",
    summary: "the x-ms-notification-url property is internal (itself or a parent)",
    check(c, report) {
      for (const o of webhooks(c)) {
        for (const u of notificationUrls(c, o)) if (!u.internal) report("definition", u.pointer, `the callback URL property of ${o.id} must be "x-ms-visibility": "internal"; the platform fills it in, not the user`);
      }
    },
  },
  {
    id: "NotificationUrlNotString", code: 5204, severity: "error",
    summary: "the x-ms-notification-url property is a string",
    check(c, report) {
      for (const o of webhooks(c)) {
        for (const u of notificationUrls(c, o)) if (u.schema.type !== "string") report("definition", u.pointer, `the callback URL property of ${o.id} must be "type": "string"`);
      }
    },
  },
  {
    id: "NotificationUrlNotAllowedInThisPosition", code: 5205, severity: "error",
    summary: "x-ms-notification-url only in a body",
    check(c, report) {
      for (const o of c.operations) {
        for (const { p, pointer } of o.parameters) {
          if (p.in !== "body" && p["x-ms-notification-url"] !== undefined) report("definition", pointer, `x-ms-notification-url is allowed only on a property of the body; move '${p.name}' into the body schema`);
        }
      }
    },
  },
  {
    id: "OperationMustHaveNotificationContentExtension", code: 5206, severity: "error",
    summary: "a webhook trigger says what the service posts (x-ms-notification-content with a schema on the path item)",
    check(c, report) {
      for (const o of webhooks(c)) {
        const content = o.item["x-ms-notification-content"] ?? o.op["x-ms-notification-content"];
        if (!isObj(content) || !isObj(content.schema)) {
          report("definition", o.pointer.slice(0, 2), `the trigger ${o.id} needs "x-ms-notification-content": { "description": ..., "schema": ... } beside "${o.method}" on its path: the designer shows the trigger's outputs from it`);
        }
      }
    },
  },
  {
    id: "WebhookMustRespond201", code: 5207, severity: "error",
    summary: "a webhook trigger answers 201 (with a Location header for the DELETE)",
    check(c, report) {
      for (const o of webhooks(c)) {
        if (!isObj(o.op.responses) || !("201" in o.op.responses)) {
          const codes = successCodes(o.op);
          report("definition", codes.length ? [...o.pointer, "responses", codes[0]] : [...o.pointer, "responses"], `the trigger ${o.id} must answer 201 with a Location header (the URL Power Automate calls DELETE on to unsubscribe)${codes.length ? `, not ${codes.join(", ")}; if the service answers otherwise, a transform sets status 201 and Location` : ""}`);
        }
      }
    },
  },
  {
    id: "WebhookDeleteOperationMissing", code: 5208, severity: "error",
    summary: "a connector with webhook triggers has a DELETE operation the Location can reach",
    check(c, report) {
      const hooks = webhooks(c);
      if (hooks.length === 0) return;
      if (!c.operations.some((o) => o.method === "delete")) {
        report("definition", hooks[0].pointer, `the trigger ${hooks[0].id} subscribes, but the definition has no DELETE operation for the Location to reach; add one (usually "x-ms-visibility": "internal")`);
      }
    },
  },
  {
    id: "NotificationNotAllowedInWebhook", code: 5209, severity: "error",
    summary: "x-ms-notification (polling) is not on a webhook trigger",
    check(c, report) {
      for (const o of webhooks(c)) if ("x-ms-notification" in o.op) report("definition", [...o.pointer, "x-ms-notification"], `x-ms-notification is for polling triggers; remove it from the webhook trigger ${o.id}`);
    },
  },
];
