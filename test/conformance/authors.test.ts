// Conformance cases written as connector authors write them (cases/authors.ts), through node and .NET.
import { conformanceSuite } from "../support/conformance";
import { authorCases } from "./cases/authors";

conformanceSuite([["code as authors write it", authorCases]]);
