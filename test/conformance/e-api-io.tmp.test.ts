import { conformanceSuite } from "../support/conformance";
import { apiIoCases } from "./cases/api-io";
conformanceSuite([["headers, bytes, multipart and forms", apiIoCases]]);
