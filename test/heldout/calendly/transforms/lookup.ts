import { HttpError, type Ctx, type Json, type Res } from "csxc";

export const API = "https://api.calendly.com";

export interface User {
  uri: string;
  name: string;
  current_organization: string;
  timezone?: string;
}

/** Calendly's errors: {"title": "...", "message": "...", "details": [...]}. */
interface ApiError {
  title?: string;
  message?: string;
}

/** A short reason from an error answer, whatever its shape. */
export async function errorDetail(res: Res): Promise<string> {
  const text = await res.text();
  try {
    const body = JSON.parse(text) as ApiError;
    return body.message ?? body.title ?? text;
  } catch {
    return text.length > 200 ? text.slice(0, 200) + "…" : text;
  }
}

/**
 * The signed-in user, from `GET /users/me` (with the connection's Authorization, which
 * newRequest copies). Whatever goes wrong is the backend's fault from the flow's point of view: 502.
 */
export async function currentUser(ctx: Ctx): Promise<User> {
  let outcome = "failed";
  try {
    const res = await ctx.send(ctx.newRequest("GET", `${API}/users/me`));
    if (!res.ok) {
      throw new HttpError(502, `Calendly did not say who you are: users/me answered ${res.status} (${await errorDetail(res)})`);
    }
    const me = await res.json<{ resource?: User }>();
    if (!me.resource || !me.resource.current_organization) throw new Error("the answer has no resource.current_organization");
    outcome = "ok";
    return me.resource;
  } catch (e) {
    if (e instanceof HttpError) throw e;
    throw new HttpError(502, `Calendly's users/me answer could not be used: ${e instanceof Error ? e.message : "unknown error"}`);
  } finally {
    ctx.log.info(`users/me lookup: ${outcome}`);
  }
}

/** GET a JSON resource; 404 stays 404, other failures are 502 naming what was asked for. */
export async function getJson<T = Json>(ctx: Ctx, url: string, what: string): Promise<T> {
  const res = await ctx.send(ctx.newRequest("GET", url));
  if (res.status === 404) throw new HttpError(404, `${what} was not found`);
  if (!res.ok) throw new HttpError(502, `reading ${what} failed with ${res.status}: ${await errorDetail(res)}`);
  return await res.json<T>();
}
