// Runs a case through the node runtime and describes the result as an outcome.

import type { Transforms } from "../runtime/api";
import { withClock } from "../runtime/clock";
import { runOperation } from "../runtime/run";
import { JSON_TYPE } from "../runtime/body";
import type { Upstream, WireRequest } from "../runtime/wire";
import { caseBodyBytes, normalizeHeaders, outcomeBody, type Case, type CaseUpstream, type Outcome, type OutcomeMessage } from "./case";

/** The replay answer when a case lists fewer upstream responses than the code makes calls. */
export const EXHAUSTED_BODY = '{"message":"csxc replay: no upstream response left"}';

/** The answer to a call past the end of a case's upstream list; the .NET harness gets it in the job. */
export const EXHAUSTED_ANSWER: CaseUpstream = { status: 502, headers: { "Content-Type": JSON_TYPE }, body: EXHAUSTED_BODY };

export function replayUpstream(recorded: Case): Upstream {
  let next = 0;
  return () => {
    const answer = recorded.upstream[next++] ?? EXHAUSTED_ANSWER;
    return { status: answer.status, headers: Object.entries(answer.headers ?? {}), body: caseBodyBytes(answer.body, answer.bodyBase64) };
  };
}

/** What the wire shows of a sent request. */
function sentMessage(request: WireRequest): OutcomeMessage {
  // The URL is already what .NET sends (NodeReq.toWire), byte for byte: no reserializing here.
  return { method: request.method, url: request.url, headers: normalizeHeaders(request.headers), ...outcomeBody(request.body) };
}

export async function runCaseOnNode(transforms: Transforms, recorded: Case): Promise<Outcome> {
  const request: WireRequest = {
    method: recorded.request.method,
    url: recorded.request.url,
    headers: Object.entries(recorded.request.headers ?? {}),
    body: caseBodyBytes(recorded.request.body, recorded.request.bodyBase64),
  };
  const result = await withClock(recorded.context?.now, () =>
    runOperation(transforms, {
      operationId: recorded.operationId,
      request,
      upstream: replayUpstream(recorded),
      context: recorded.context,
    }),
  );
  return {
    sent: result.sent.map(sentMessage),
    response: { status: result.response.status, headers: normalizeHeaders(result.response.headers), ...outcomeBody(result.response.body) },
    logs: result.logs,
  };
}
