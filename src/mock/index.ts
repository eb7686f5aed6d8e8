// The Clockify mock: a stateful, quirk-faithful Clockify for transform tests (in-process, as an
// Upstream) and for `csxc mock` (over HTTP). See README.md here for the URL scheme and the list of
// deliberate behaviours with their sources.

export { createClockifyMock, type ClockifyMock, type ClockifyMockOptions } from "./mock";
export { defaultSeed } from "./default-seed";
export { startMockServer, type MockServer, type MockServerOptions } from "./server";
export { SeedError, type Seed, type SeedRecord, type SeedWorkspace } from "./seed";
export type * from "./state";
export type { Deliver, WebhookDelivery, WebhookEvent } from "./webhooks";
export { postOverHttp } from "./webhooks";
