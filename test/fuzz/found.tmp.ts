import { failureOf, runConformance } from "../support/conformance";
import { foundCases } from "../conformance/cases/found";
(async () => {
  const { results } = await runConformance(foundCases, { dotnet: true });
  results.forEach((r, i) => console.log(foundCases[i].name, "=>", failureOf(foundCases[i], r, i) ?? "agrees", r.status === "ran" ? r.node.response.body : ""));
})();
