using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Microsoft.PowerPlatform.Connectors.CustomCode.CSharp
{
    // Only the members the platform documents are visible to a script; the harness fills the two
    // properties through the internal setters (InternalsVisibleTo), which a script cannot reach.
    public abstract class ScriptBase
    {
        public IScriptContext Context { get; internal set; }

        public CancellationToken CancellationToken { get; internal set; }

        // The documentation leaves the media type unsaid; scripts that spell it out use this form.
        public static StringContent CreateJsonContent(string serializedJson)
        {
            return new StringContent(serializedJson, Encoding.UTF8, "application/json");
        }

        public abstract Task<HttpResponseMessage> ExecuteAsync();
    }
}
