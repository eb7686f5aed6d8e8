// The conformance cases (cases/*.ts), grouped by construct: each runs through node and, compiled by
// csxc, through .NET, and the two answers must be the same. All groups run as ONE batch: one emit,
// one C# compile, one .NET run.
import { conformanceSuite } from "../support/conformance";
import { apiCases } from "./cases/api";
import { authorCases } from "./cases/authors";
import { apiIoCases } from "./cases/api-io";
import { collectionCases } from "./cases/collections";
import { numberCases } from "./cases/numbers";
import { statementCases } from "./cases/statements";
import { stringCases } from "./cases/strings";
import { valueCases } from "./cases/values";
import { hostileCases } from "./cases/hostile";
import { foundCases } from "./cases/found";
import { xmlCases } from "./cases/xml";
import { urlCases } from "./cases/urls";
import { portedCases } from "./cases/ported";

conformanceSuite([
  ["values and operators", valueCases],
  ["statements, functions and data", statementCases],
  ["strings and URIs", stringCases],
  ["arrays and objects", collectionCases],
  ["Math, Number, JSON, Date, RegExp", numberCases],
  ["the authoring API", apiCases],
  ["headers, bytes, multipart and forms", apiIoCases],
  ["XML to JSON and back", xmlCases],
  ["URL and URLSearchParams", urlCases],
  ["hostile names and inherited members", hostileCases],
  ["code as authors write it", authorCases],
  ["constructs of ported scripts", portedCases],
  ["found by the author-program fuzzer", foundCases],
]);
