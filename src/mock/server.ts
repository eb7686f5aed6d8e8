// The mock over HTTP (node:http), bound to 127.0.0.1 by default. One port serves both hosts: the
// core API under `/api/v1` and the reports API under `/report/v1`, the way Clockify's regional hosts
// do (`https://euc1.clockify.me/api/v1` and `…/report/v1`, clockify.md 1.1). A request whose Host
// header is reports.api.clockify.me is answered as that host (`/v1/...`). Webhooks are posted to
// their URLs over HTTP.

import * as http from "node:http";
import type { AddressInfo } from "node:net";
import type { HeaderList } from "../runtime/wire";
import { createClockifyMock, type ClockifyMock } from "./mock";
import type { Seed } from "./seed";
import { postOverHttp } from "./webhooks";

export interface MockServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Used when no `mock` is given. */
  seed?: Seed | string;
  /** Serve this mock instead of a new one (its `deliver` decides how webhooks go out). */
  mock?: ClockifyMock;
  /** Bodies above this size are refused with 413. Default 25 MB. */
  maxBodyBytes?: number;
  /** Where unexpected exceptions are reported. Default: nowhere. */
  log?: (message: string) => void;
}

export interface MockServer {
  readonly mock: ClockifyMock;
  readonly port: number;
  /** e.g. http://127.0.0.1:4010/api/v1 */
  readonly coreUrl: string;
  /** e.g. http://127.0.0.1:4010/report/v1 */
  readonly reportsUrl: string;
  close(): Promise<void>;
}

function readRequest(req: http.IncomingMessage, limit: number): Promise<Uint8Array | null | "too large"> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on("end", () => resolve(size > limit ? "too large" : size === 0 ? null : new Uint8Array(Buffer.concat(chunks))));
    req.on("error", reject);
  });
}

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const host = options.host ?? "127.0.0.1";
  const limit = options.maxBodyBytes ?? 25 * 1024 * 1024;
  const log = options.log ?? (() => {});
  const mock =
    options.mock ??
    createClockifyMock({ seed: options.seed, deliver: postOverHttp, onInternalError: (e) => log(`csxc mock: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`) });

  const server = http.createServer((req, res) => {
    void (async () => {
      try {
        const body = await readRequest(req, limit);
        if (body === "too large") {
          res.writeHead(413, { "Content-Type": "application/json" }).end(JSON.stringify({ message: "Maximum upload size exceeded", code: 413 }));
          return;
        }
        const headers: HeaderList = [];
        for (let i = 0; i < req.rawHeaders.length; i += 2) headers.push([req.rawHeaders[i], req.rawHeaders[i + 1]]);
        const { port } = server.address() as AddressInfo;
        let url: string;
        try {
          url = new URL(req.url ?? "/", `http://${req.headers.host ?? `${host}:${port}`}`).href;
        } catch {
          url = new URL(req.url ?? "/", `http://${host}:${port}`).href;
        }
        const answer = await mock.upstream({ method: req.method ?? "GET", url, headers, body });
        const payload = answer.body === null ? undefined : Buffer.from(answer.body);
        res.writeHead(answer.status, [...answer.headers.flat(), "Content-Length", String(payload?.length ?? 0)]);
        res.end(payload);
      } catch (error) {
        log(`csxc mock: ${error instanceof Error ? error.message : String(error)}`);
        if (!res.headersSent) res.writeHead(500, { "Content-Type": "application/json" });
        res.end(JSON.stringify({ message: "Internal server error", code: 500 }));
      }
    })();
  });
  // Clients keep connections alive between bursts: a server that closes idle sockets sooner than
  // they expect races with their next request (ECONNRESET), so idle sockets live a minute.
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 65_000;
  // Hundreds of clients at once on loopback: keep the accept queue deep.
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen({ port: options.port ?? 0, host, backlog: 1024 }, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const base = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  return {
    mock,
    port,
    coreUrl: `${base}/api/v1`,
    reportsUrl: `${base}/report/v1`,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await mock.settled();
    },
  };
}
