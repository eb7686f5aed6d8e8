// csxc-feature: Transforms
// csxc-needs: Req, Res, Ctx
    /**
     * A hook object (`Transform`) as a value: held in a const, shared by operations, returned by a
     * function that closes over its arguments. The router runs it as it runs a map entry written in
     * place: handle, or request → send → response (node's run.ts).
     */
    public sealed class CsxTransform
    {
        public Func<CsxReq, CsxCtx, Task> Request;
        public Func<CsxRes, CsxCtx, Task> Response;
        public Func<CsxReq, CsxCtx, Task<CsxRes>> Handle;

        public static async Task<CsxRes> Run(CsxTransform hooks, CsxReq req, CsxCtx ctx)
        {
            if (hooks.Handle != null) return await hooks.Handle(req, ctx).ConfigureAwait(false);
            if (hooks.Request != null) await hooks.Request(req, ctx).ConfigureAwait(false);
            CsxRes res = await ctx.Send(req).ConfigureAwait(false);
            if (hooks.Response != null) await hooks.Response(res, ctx).ConfigureAwait(false);
            return res;
        }

        /** A request or response hook that does not return a promise. */
        public static Func<T, CsxCtx, Task> SyncHook<T>(Action<T, CsxCtx> hook)
        {
            return (value, ctx) => { hook(value, ctx); return Task.CompletedTask; };
        }

        /** A handle hook that returns a Res rather than a promise of one. */
        public static Func<CsxReq, CsxCtx, Task<CsxRes>> SyncHandle(Func<CsxReq, CsxCtx, CsxRes> hook)
        {
            return (req, ctx) => Task.FromResult(hook(req, ctx));
        }
    }
