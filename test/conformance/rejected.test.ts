// Constructs outside the subset: each is refused with the diagnostic code docs/language.md names.
import { rejectionSuite } from "../support/conformance";
import { rejectedCases } from "./cases/rejected";

rejectionSuite("rejected constructs", rejectedCases);
