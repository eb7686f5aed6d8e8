import { togglScenarios } from "./toggl/scenarios";
import { recordDir } from "./support";

describe("Toggl Track-style null scrubber", () => togglScenarios(recordDir("toggl")));
