import { runConformance } from "../support/conformance";
import { generateProgram, toSnippet } from "./author-programs";
(async () => {
  const n = Number(process.argv[2] ?? 40);
  const snippets = Array.from({ length: n }, (_, k) => toSnippet(generateProgram(k + 1)));
  const t = Date.now();
  const { results, stats } = await runConformance(snippets, { dotnet: process.argv[3] === "dotnet" });
  const bad = new Map<string, number>();
  results.forEach((r, i) => { if (r.status !== "ran") { for (const d of r.diagnostics.slice(0, 1)) { const k = `${d.code}: ${d.message.slice(0, 140)}`; bad.set(k, (bad.get(k) ?? 0) + 1); if ((bad.get(k) ?? 0) === 1) console.log(`--- seed ${i+1}: ${k}\n${snippets[i].declarations?.split("\n").slice(11).join("\n")}\n${snippets[i].code}`); } } else if (r.differences.length) console.log("DIFF", i+1); });
  console.log([...bad].map(([k, n]) => `${n}× ${k}`).join("\n"));
  console.log(results.filter((r) => r.status === "ran").length, "ran of", n, Date.now() - t, "ms", JSON.stringify(stats));
})();
