// Webhooks that fire. A handler queues an event (the entity as Clockify posts it, and the ids a
// webhook's trigger source can name); when the request succeeds, every enabled webhook of the
// workspace registered for that event and matching its trigger source gets a delivery: a POST of
// the entity itself, flat, with `Clockify-Signature: <the webhook's authToken>` and
// `Clockify-Webhook-Event-Type: <EVENT>` (clockify.md 3.3). Deliveries are recorded in-process;
// the `deliver` function (the HTTP server's posts them over HTTP) runs after the answer is sent.

import type { State, WebhookRecord } from "./state";

/** The 51 values of CreateWebhookRequestV1.webhookEvent in the official spec (clockify.md 3.2). */
export const WEBHOOK_EVENTS = [
  "NEW_PROJECT", "NEW_TASK", "NEW_CLIENT", "NEW_TIMER_STARTED", "TIMER_STOPPED", "TIME_ENTRY_UPDATED",
  "TIME_ENTRY_DELETED", "TIME_ENTRY_SPLIT", "NEW_TIME_ENTRY", "TIME_ENTRY_RESTORED", "NEW_TAG",
  "USER_DELETED_FROM_WORKSPACE", "USER_JOINED_WORKSPACE", "USER_DEACTIVATED_ON_WORKSPACE",
  "USER_ACTIVATED_ON_WORKSPACE", "USER_EMAIL_CHANGED", "USER_UPDATED", "NEW_INVOICE", "INVOICE_UPDATED",
  "NEW_APPROVAL_REQUEST", "APPROVAL_REQUEST_STATUS_UPDATED", "TIME_OFF_REQUESTED", "TIME_OFF_REQUEST_UPDATED",
  "TIME_OFF_REQUEST_APPROVED", "TIME_OFF_REQUEST_REJECTED", "TIME_OFF_REQUEST_STARTED",
  "TIME_OFF_REQUEST_WITHDRAWN", "BALANCE_UPDATED", "TAG_UPDATED", "TAG_DELETED", "TASK_UPDATED",
  "CLIENT_UPDATED", "TASK_DELETED", "CLIENT_DELETED", "EXPENSE_RESTORED", "ASSIGNMENT_CREATED",
  "ASSIGNMENT_DELETED", "ASSIGNMENT_PUBLISHED", "ASSIGNMENT_UPDATED", "EXPENSE_CREATED", "EXPENSE_DELETED",
  "EXPENSE_UPDATED", "PROJECT_UPDATED", "PROJECT_DELETED", "USER_GROUP_CREATED", "USER_GROUP_UPDATED",
  "USER_GROUP_DELETED", "USERS_INVITED_TO_WORKSPACE", "LIMITED_USERS_ADDED_TO_WORKSPACE",
  "COST_RATE_UPDATED", "BILLABLE_RATE_UPDATED",
] as const;

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const TRIGGER_SOURCE_TYPES = ["PROJECT_ID", "USER_ID", "TAG_ID", "TASK_ID", "WORKSPACE_ID", "ASSIGNMENT_ID", "EXPENSE_ID"] as const;

/** The ids an event concerns, which a webhook's trigger source may name. */
export interface EventSubject {
  readonly projectId?: string | null;
  readonly taskId?: string | null;
  readonly userId?: string;
  readonly tagIds?: readonly string[];
  readonly expenseId?: string;
}

export interface PendingEvent {
  readonly workspaceId: string;
  readonly event: WebhookEvent;
  readonly payload: () => unknown;
  readonly subject: EventSubject;
}

export interface WebhookDelivery {
  /** 1, 2, … in the order the mock produced them. */
  readonly sequence: number;
  readonly webhookId: string;
  readonly workspaceId: string;
  readonly event: WebhookEvent;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON body (the entity). */
  readonly body: unknown;
  /** Filled in by an HTTP delivery: the receiver's status, or why it failed. */
  status?: number;
  error?: string;
}

export type Deliver = (delivery: WebhookDelivery) => void | Promise<void>;

function matches(webhook: WebhookRecord, e: PendingEvent): boolean {
  if (!webhook.enabled || webhook.workspaceId !== e.workspaceId || webhook.webhookEvent !== e.event) return false;
  const sources = webhook.triggerSource;
  const named = (id: string | null | undefined) => id !== undefined && id !== null && sources.includes(id);
  switch (webhook.triggerSourceType) {
    case "WORKSPACE_ID":
      // `[workspaceId]` and `[]` both mean the whole workspace (clockify.md 3.1).
      return sources.length === 0 || sources.includes(e.workspaceId);
    case "PROJECT_ID":
      return named(e.subject.projectId);
    case "TASK_ID":
      return named(e.subject.taskId);
    case "USER_ID":
      return named(e.subject.userId);
    case "TAG_ID":
      return (e.subject.tagIds ?? []).some(named);
    case "EXPENSE_ID":
      return named(e.subject.expenseId);
    default:
      return false;
  }
}

export class WebhookDispatcher {
  readonly deliveries: WebhookDelivery[] = [];
  #pending = new Set<Promise<void>>();

  constructor(
    private readonly deliver: Deliver | undefined,
    /** Told when a payload cannot be built (a bug): the event is dropped, the API's answer stands. */
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  /** Records a delivery for every webhook an event reaches, then hands them to `deliver`. */
  dispatch(state: State, events: readonly PendingEvent[]): void {
    for (const e of events) {
      const listeners = state.webhooks.where((webhook) => matches(webhook, e));
      if (listeners.length === 0) continue;
      let payload: unknown;
      try {
        payload = e.payload();
      } catch (error) {
        this.onError(error);
        continue;
      }
      for (const webhook of listeners) {
        const delivery: WebhookDelivery = {
          sequence: this.deliveries.length + 1,
          webhookId: webhook.id,
          workspaceId: webhook.workspaceId,
          event: e.event,
          url: webhook.url,
          headers: {
            "Content-Type": "application/json",
            "Clockify-Signature": webhook.authToken,
            "Clockify-Webhook-Event-Type": e.event,
          },
          body: payload,
        };
        this.deliveries.push(delivery);
        this.#send(delivery);
      }
    }
  }

  #send(delivery: WebhookDelivery): void {
    if (this.deliver === undefined) return;
    const deliver = this.deliver;
    // Never on the request's path: a slow or failing receiver must not change the API's answer.
    const run = Promise.resolve()
      .then(() => deliver(delivery))
      .catch((error: unknown) => {
        delivery.error = error instanceof Error ? error.message : String(error);
      })
      .finally(() => this.#pending.delete(run));
    this.#pending.add(run);
  }

  /** Resolves when every delivery handed to `deliver` so far has finished. */
  async settled(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all([...this.#pending]);
  }
}

/** Posts a delivery over HTTP, as Clockify does; records the receiver's status. */
export async function postOverHttp(delivery: WebhookDelivery, timeoutMs = 10_000): Promise<void> {
  const response = await fetch(delivery.url, {
    method: "POST",
    headers: delivery.headers,
    body: JSON.stringify(delivery.body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  delivery.status = response.status;
  await response.arrayBuffer();
}
