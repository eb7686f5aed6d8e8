import { failureOf, runConformance } from "../support/conformance";
import type { Snippet } from "../conformance/cases/snippet";
const up = [{ status: 200, headers: {}, body: "{}" }] as never;
const cases: Snippet[] = [
  { construct: "x", form: "handle", code: 'const res = await ctx.send(req);\nif (!res.ok) return ctx.respond(res.status, {});\nconst ok: boolean = res.ok;\nif (ok) return ctx.respond(200, { ok });\nreturn ctx.respond(500, { ok, n: [ok], s: String(ok) });', upstream: up },
];
(async () => {
  const { results } = await runConformance(cases, { dotnet: true });
  results.forEach((r, i) => console.log(i, failureOf(cases[i], r, i) ?? "ok", r.status === "ran" ? r.node.response.body : ""));
})();
