import { tulipScenarios } from "./tulip/scenarios";
import { recordDir } from "./support";

describe("Tulip-style dynamic schema", () => tulipScenarios(recordDir("tulip")));
