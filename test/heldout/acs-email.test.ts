import { acsEmailScenarios } from "./acs-email/scenarios";
import { recordDir } from "./support";

describe("ACS Email-style HMAC signing", () => acsEmailScenarios(recordDir("acs-email")));
