import { calendlyScenarios } from "./calendly/scenarios";
import { recordDir } from "./support";

describe("Calendly-style lookups and pagination", () => calendlyScenarios(recordDir("calendly")));
