import { nationalizeScenarios } from "./nationalize/scenarios";
import { recordDir } from "./support";

describe("Nationalize-style query rewriting", () => nationalizeScenarios(recordDir("nationalize")));
