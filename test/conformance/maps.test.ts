// Map and Set (cases/maps.ts): node and .NET agree, in one batch of their own.
import { conformanceSuite } from "../support/conformance";
import { mapCases } from "./cases/maps";

conformanceSuite([["Map and Set", mapCases]]);
