// Req, Res, headers and ctx of the C# runtime (over HttpRequestMessage and HttpResponseMessage)
// against the node runtime, through the product harness (test/support/parity.ts: one compile, one
// .NET run for the file). The operations of support/inputs.ts become TypeScript: each op one
// function whose statements are its steps, each step's answer (or error message) collected in
// order. The harness compares, besides those answers, every request sent on its way (method, URL as
// System.Uri writes it, headers as .NET puts them on the wire, body bytes) and every log line, so a
// message that a table op described at its end is sent, and the one answered is read back.

import { OK, parity, type Group } from "../support/parity";
import * as inputs from "./support/inputs";
import { literal, show, SHOW } from "./support/literal";
import { fromBits, type Op } from "./support/bits";

type Step = unknown[];
const str = (x: unknown) => JSON.stringify(x);
/** A status of the table (bits of a double) as source. */
const status = (bits: unknown) => show(fromBits(bits as string));

/** One step on the message `m` as a statement that pushes its answer onto `out`. */
function stepOn(m: string, step: Step): string {
  const [kind, a, b] = step as [string, unknown, unknown];
  const push = (expr: string) => `out.push(${expr});`;
  const effect = (stmt: string, answer = "null") => `${stmt} ${push(answer)}`;
  switch (kind) {
    case "method": case "url": case "path": case "ok": return push(`${m}.${kind}`);
    case "status": return push(`show(${m}.status)`);
    case "setMethod": return effect(`${m}.method = ${str(a)};`);
    case "setUrl": return effect(`${m}.url = ${str(a)};`);
    case "setPath": return effect(`${m}.path = ${str(a)};`, `${m}.url`);
    case "setStatus": return effect(`${m}.status = ${status(a)};`);
    case "get": case "getAll": case "has": return push(`${m}.query.${kind}(${str(a)})`);
    case "set": case "append": return effect(`${m}.query.${kind}(${str(a)}, ${str(b)});`, `${m}.url`);
    case "delete": return effect(`${m}.query.delete(${str(a)});`, `${m}.url`);
    case "setForm": return effect(`${m}.setForm(${literal(a)});`);
    case "setMultipart": return effect(`${m}.setMultipart(${literal(a)});`);
    case "text": return push(`await ${m}.text()`);
    case "json": return push(`JSON.stringify(canon(await ${m}.json()))`);
    case "setText": return effect(b === null || b === undefined ? `${m}.setText(${str(a)});` : `${m}.setText(${str(a)}, ${str(b)});`);
    case "setJson": return effect(`${m}.setJson(${literal(a)});`);
    case "header.get": case "header.has": return push(`${m}.headers.${kind.slice(7)}(${str(a)})`);
    case "header.set": return effect(`${m}.headers.set(${str(a)}, ${str(b)});`);
    case "header.delete": return effect(`${m}.headers.delete(${str(a)});`);
    case "header.entries": return push(`${m}.headers.entries()`);
    default: throw new Error(`no TypeScript for step ${kind}`);
  }
}

/** A step of ctx (see ctxOps). */
function ctxStep(step: Step): string {
  const [kind, a, b] = step as [string, unknown, unknown];
  switch (kind) {
    case "ids": return "out.push([ctx.operationId, ctx.correlationId, ctx.originalUrl]);";
    case "newRequest": return `const made = ctx.newRequest(${str(a)}, ${str(b)}); ${(step.slice(3) as Step[]).map((s) => stepOn("made", s)).join(" ")} out.push(await describe(made));`;
    case "respond": return `const made = ctx.respond(${status(a)}${step.length > 2 ? `, ${literal(b)}` : ""}); out.push(await describeRes(made));`;
    case "incoming": return stepOn("req", a as Step);
    case "send": return `const got = await ctx.send(req); out.push([show(got.status), await got.text(), got.headers.get("content-type")]);`;
    case "notificationUrl": return `out.push(ctx.notificationUrl(${str(a)}));`;
    case "info": case "warn": case "error": return `ctx.log.${kind}(${str(a)}); out.push(null);`;
    default: throw new Error(`no TypeScript for ctx step ${kind}`);
  }
}

const COMMON = `${SHOW}
async function describe(r: Req): Promise<Json> {
  return [r.method, r.url, r.headers.entries(), await r.text()];
}
async function describeRes(r: Res): Promise<Json> {
  return [show(r.status), r.headers.entries(), await r.text()];
}
`;

/** A function `name(req, ctx)` that runs the statements, each in its own try, and answers `out`. */
function opFunction(name: string, prelude: string, statements: string[], epilogue = ""): string {
  const body = statements.map((s) => `  try { ${s} } catch (e) { out.push(e instanceof Error ? "!" + e.message : "!?"); }`).join("\n");
  return `async function ${name}(req: Req, ctx: Ctx): Promise<Json> {\n  const out: Json[] = [];\n${prelude}\n${body}\n${epilogue}\n  return out;\n}\n`;
}

const headerRecord = (op: Op) => Object.fromEntries((op.headers as [string, string][] | undefined) ?? []);
const BACKEND = 'ctx.newRequest("GET", "https://backend.test/")';

/** A req op of the table on the incoming request, which is then sent; a res op on a backend's answer. */
function messageGroup(op: Op, i: number, name: string): Group {
  const steps = op.steps as Step[];
  if (op.op === "req") {
    return {
      name,
      async: true,
      request: { method: op.method as string, url: op.url as string, headers: headerRecord(op), body: null, ...(op.bodyBase64 ? { bodyBase64: op.bodyBase64 as string } : {}) },
      declarations: COMMON + opFunction(`op${i}`, "", steps.map((s) => stepOn("req", s)), "  out.push(await describe(req));\n  await ctx.send(req);"),
      exprs: [`await op${i}(req, ctx)`],
      upstream: [OK],
    };
  }
  if (op.op === "res") {
    return {
      name,
      async: true,
      declarations: COMMON + opFunction(`op${i}`, `  const m = await ctx.send(${BACKEND});`, steps.map((s) => stepOn("m", s)), "  out.push(await describeRes(m));"),
      exprs: [`await op${i}(req, ctx)`],
      upstream: [{ status: op.status as number, headers: headerRecord(op), body: null, ...(op.bodyBase64 ? { bodyBase64: op.bodyBase64 as string } : {}) }],
    };
  }
  // "json": the answer a transform makes with ctx.respond(status, body).
  return { name, async: true, declarations: COMMON, exprs: [`await describeRes(ctx.respond(${status(op.status)}, ${literal(op.body)}))`] };
}

function ctxGroup(op: Op, i: number): Group {
  const answer = op.answer as Op;
  return {
    name: `ctx, op ${i + 1}`,
    async: true,
    request: { method: op.method as string, url: op.url as string, headers: headerRecord(op), body: null, ...(op.bodyBase64 ? { bodyBase64: op.bodyBase64 as string } : {}) },
    context: { correlationId: op.correlationId as string },
    declarations: COMMON + opFunction(`ctx${i}`, "", (op.steps as Step[]).map(ctxStep)),
    exprs: [`await ctx${i}(req, ctx)`],
    upstream: (op.steps as Step[]).filter((s) => s[0] === "send").map(() => ({ status: answer.status as number, headers: headerRecord(answer), body: null, bodyBase64: answer.bodyBase64 as string })),
  };
}

function groups(): Group[] {
  const urls = inputs.sentUrlOps().map((op) => ((op.steps as Step[])[0] as string[])[1]);
  const bodies = inputs.bodyOps();
  const [headerOp] = inputs.headerOps();
  return [
    {
      name: "the URL sent (System.Uri)",
      async: true,
      declarations: `async function sendTo(ctx: Ctx, url: string): Promise<Json> {\n  const r = ctx.newRequest("GET", "https://x.com/");\n  r.url = url;\n  await ctx.send(r);\n  return r.url;\n}\n`,
      exprs: urls.map((url) => `await sendTo(ctx, ${str(url)})`),
      upstream: urls.map(() => OK),
    },
    {
      name: "setForm and setMultipart bytes",
      async: true,
      declarations: COMMON + bodies.map((op, i) => opFunction(`body${i}`, `  const m = ctx.newRequest("POST", ${str(op.url)});`, (op.steps as Step[]).map((s) => stepOn("m", s)), "  await ctx.send(m);")).join(""),
      exprs: bodies.map((_, i) => `await body${i}(req, ctx)`),
      upstream: bodies.map(() => OK),
    },
    {
      name: "headers",
      async: true,
      request: { headers: Object.fromEntries(headerOp.pairs as [string, string][]) },
      declarations: COMMON + opFunction("headerSteps", "", (headerOp.steps as Step[]).map((s) => stepOn("req", s)), '  out.push(req.headers.entries());'),
      exprs: ["await headerSteps(req, ctx)"],
    },
    ...inputs.messageOps().map((op, i) => messageGroup(op, i, `Req and Res over HttpRequestMessage and HttpResponseMessage, op ${i + 1} (${op.op})`)),
    ...inputs.ctxOps().map(ctxGroup),
  ];
}

parity("the C# runtime's messages", groups());
