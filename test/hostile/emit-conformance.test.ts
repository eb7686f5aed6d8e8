// The hostile-name, `in`, regex-bound and template cases of test/conformance/cases/hostile.ts on
// their own, through node and .NET (they also run in the whole batch of test/conformance).
import { conformanceSuite } from "../support/conformance";
import { hostileCases } from "../conformance/cases/hostile";

conformanceSuite([["hostile names and inherited members", hostileCases]]);
