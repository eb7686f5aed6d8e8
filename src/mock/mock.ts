// createClockifyMock: the whole mock as an Upstream function (what `ctx.send` and the jest harness
// talk to) over a State. A request goes: host and prefix → route match → credentials → 404/405 →
// workspace access → body → handler (in a transaction) → webhook deliveries. Nothing throws out of
// `upstream`: an unexpected exception is a 500 in Clockify's error shape, and its writes are undone.

import { headerGet, textBody, type HeaderList, type Upstream, type WireRequest, type WireResponse } from "../runtime/wire";
import { approvalRoutes } from "./areas/approvals";
import { clientRoutes } from "./areas/clients";
import { customFieldRoutes } from "./areas/custom-fields";
import { expenseRoutes } from "./areas/expenses";
import { projectRoutes } from "./areas/projects";
import { reportRoutes } from "./areas/reports";
import { tagRoutes } from "./areas/tags";
import { taskRoutes } from "./areas/tasks";
import { timeEntryRoutes } from "./areas/time-entries";
import { webhookRoutes } from "./areas/webhooks";
import { workspaceRoutes } from "./areas/workspaces";
import { authenticate, workspaceAccess } from "./auth";
import { makeContext, type Reply } from "./context";
import { sharedDefaultSeed } from "./default-seed";
import { ClockifyError, errors } from "./errors";
import { IdSource } from "./ids";
import { isMultipart, parseMultipart, type FormFields } from "./multipart";
import { Query } from "./query";
import { Router, type Api, type Route } from "./router";
import { loadSeed, readSeedFile, type Seed } from "./seed";
import { State } from "./state";
import { WebhookDispatcher, type Deliver, type PendingEvent, type WebhookDelivery } from "./webhooks";

export interface ClockifyMockOptions {
  /** Seed data, or the path of a JSON seed file. Default: the realistic default seed. */
  seed?: Seed | string;
  /** The mock's clock. Default: the real one. */
  now?: () => Date;
  /** Called for every webhook delivery, after the answer (the HTTP server posts them). */
  deliver?: Deliver;
  /** Called with any exception a handler did not expect (it became a 500). */
  onInternalError?: (error: unknown) => void;
}

export interface ClockifyMock {
  /** Answers absolute URLs: `https://api.clockify.me/api/v1/...`, `https://reports.api.clockify.me/v1/...`, or any host with `/api/v1` and `/report/v1`. */
  readonly upstream: Upstream;
  /** The data, for assertions. Read it; change it through the API. */
  readonly state: State;
  /** A working X-Api-Key: the first seed user's (the default seed's workspace owner). */
  readonly apiKey: string;
  /** Every webhook delivery so far, oldest first. */
  readonly deliveries: readonly WebhookDelivery[];
  /** Every route the mock serves. */
  readonly routes: ReadonlyArray<Pick<Route, "api" | "method" | "pattern">>;
  /** Resolves when every delivery handed to `deliver` has finished. */
  settled(): Promise<void>;
}

export const ROUTES: readonly Route[] = [
  ...workspaceRoutes,
  ...clientRoutes,
  ...projectRoutes,
  ...taskRoutes,
  ...tagRoutes,
  ...timeEntryRoutes,
  ...expenseRoutes,
  ...customFieldRoutes,
  ...approvalRoutes,
  ...webhookRoutes,
  ...reportRoutes,
];

const router = new Router(ROUTES);

/**
 * Which API a URL addresses and the path within it. reports.api.clockify.me serves `/v1`; any other
 * host serves the core API under `/api/v1` and — on hosts other than api.clockify.me, as Clockify's
 * regional hosts do — the reports API under `/report/v1` (clockify.md 1.1).
 */
function resolveTarget(url: URL): { api: Api; path: string } | undefined {
  const path = url.pathname;
  const under = (prefix: string) => (path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : undefined);
  if (url.hostname === "reports.api.clockify.me") {
    const rest = under("/v1");
    return rest === undefined ? undefined : { api: "reports", path: rest };
  }
  const core = under("/api/v1");
  if (core !== undefined) return { api: "core", path: core };
  const reports = url.hostname === "api.clockify.me" ? undefined : under("/report/v1");
  return reports === undefined ? undefined : { api: "reports", path: reports };
}

const JSON_TYPE = /^application\/([\w.+-]+\+)?json\s*(;|$)/i;
const utf8 = new TextDecoder("utf-8", { fatal: true });

async function readBody(route: Route, request: WireRequest): Promise<{ rawBody: unknown; form?: FormFields }> {
  const kind = route.options.body;
  if (kind === undefined) return { rawBody: undefined };
  const contentType = headerGet(request.headers, "content-type");
  const bytes = request.body ?? new Uint8Array();
  if (kind === "multipart") {
    if (!isMultipart(contentType)) throw errors.unsupportedMediaType(contentType ?? "application/octet-stream");
    return { rawBody: undefined, form: await parseMultipart(bytes, contentType as string) };
  }
  if (bytes.length === 0) {
    if (kind === "json") throw errors.missingBody();
    return { rawBody: undefined };
  }
  if (contentType === null || !JSON_TYPE.test(contentType)) throw errors.unsupportedMediaType(contentType ?? "application/octet-stream");
  try {
    return { rawBody: JSON.parse(utf8.decode(bytes)) };
  } catch (error) {
    throw errors.unreadableBody((error as Error).message);
  }
}

function encode(reply: Reply): WireResponse {
  const headers: HeaderList = [...(reply.headers ?? [])];
  if (reply.body === undefined || reply.status === 204) return { status: reply.status, headers, body: null };
  return { status: reply.status, headers: [["Content-Type", "application/json"], ...headers], body: textBody(JSON.stringify(reply.body)) };
}

const errorReply = (e: ClockifyError): Reply => ({ status: e.status, body: e.body, headers: e.headers });

export function createClockifyMock(options: ClockifyMockOptions = {}): ClockifyMock {
  const now = options.now ?? (() => new Date());
  const state = new State();
  const seed = options.seed === undefined ? sharedDefaultSeed() : typeof options.seed === "string" ? readSeedFile(options.seed) : structuredClone(options.seed);
  loadSeed(state, seed);
  const ids = new IdSource("6d6f636b00");
  const dispatcher = new WebhookDispatcher(options.deliver, options.onInternalError);

  async function respond(request: WireRequest): Promise<Reply> {
    const nowMs = now().getTime();
    const method = request.method.toUpperCase();
    const url = URL.canParse(request.url) ? new URL(request.url) : undefined;
    if (url === undefined) throw errors.noRoute(request.url);
    const target = resolveTarget(url);
    // Spring answers HEAD wherever GET is mapped, without the body.
    const match = target === undefined ? ({ kind: "none" } as const) : router.match(target.api, method === "HEAD" ? "GET" : method, target.path);
    // Credentials are checked before routing, as Spring Security's filters run before the dispatcher.
    const caller = authenticate(state, request.headers, match.kind === "found" && match.route.options.auth === "optional");
    if (match.kind === "none") throw errors.noRoute(url.pathname);
    if (match.kind === "method") throw errors.methodNotAllowed(method, match.allow);
    const { route, params } = match;
    const { rawBody, form } = await readBody(route, request);
    // From here on nothing awaits: the records read below are current when the handler runs, and
    // no other request runs between the handler's reads and its writes.
    const access = params.workspaceId !== undefined && caller !== null ? workspaceAccess(state, caller, params.workspaceId) : undefined;

    const events: PendingEvent[] = [];
    const ctx = makeContext({
      state,
      nowMs,
      params,
      query: new Query(url.searchParams),
      caller: caller?.user ?? null,
      workspace: access?.workspace,
      member: access?.member,
      rawBody,
      form,
      newId: () => ids.next(nowMs),
      emit: (event, payload, subject) => events.push({ workspaceId: access?.workspace.id ?? "", event, payload, subject }),
    });
    const reply = state.transaction(() => route.handle(ctx));
    dispatcher.dispatch(state, events);
    return method === "HEAD" ? { ...reply, body: undefined } : reply;
  }

  const upstream: Upstream = async (request) => {
    try {
      return encode(await respond(request));
    } catch (error) {
      if (error instanceof ClockifyError) return encode(errorReply(error));
      options.onInternalError?.(error);
      return encode(errorReply(errors.internal(error instanceof Error ? error.message : String(error))));
    }
  };

  return {
    upstream,
    state,
    apiKey: state.users.find((u) => u.apiKey !== null)?.apiKey ?? "",
    deliveries: dispatcher.deliveries,
    routes: ROUTES.map(({ api, method, pattern }) => ({ api, method, pattern })),
    settled: () => dispatcher.settled(),
  };
}
