import { failureOf, runConformance } from "../support/conformance";
import { generateProgram, toSnippet } from "./author-programs";
(async () => {
  const seeds = process.argv.slice(2).map(Number);
  const snippets = seeds.map((k) => toSnippet(generateProgram(k)));
  const { results } = await runConformance(snippets, { dotnet: true });
  results.forEach((r, i) => console.log(seeds[i], failureOf(snippets[i], r, i) ?? "agrees"));
})();
