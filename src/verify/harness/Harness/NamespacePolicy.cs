using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Csxc.Harness;

/// <summary>The namespaces a script may use (reference/custom-code.md §2.1) and the check of pass 3.</summary>
public static class NamespacePolicy
{
    public const string PlatformNamespace = "Microsoft.PowerPlatform.Connectors.CustomCode.CSharp";
    public const string Code = "CSXH001";

    /// <summary>The 26 namespaces of "Write code in a custom connector", in its order.</summary>
    public static readonly string[] Supported =
    {
        "System", "System.Collections", "System.Collections.Generic", "System.Diagnostics", "System.IO",
        "System.IO.Compression", "System.Linq", "System.Net", "System.Net.Http", "System.Net.Http.Headers",
        "System.Net.Security", "System.Security.Authentication", "System.Security.Cryptography", "System.Text",
        "System.Text.RegularExpressions", "System.Threading", "System.Threading.Tasks", "System.Web", "System.Xml",
        "System.Xml.Linq", "System.Drawing", "System.Drawing.Drawing2D", "System.Drawing.Imaging",
        "Microsoft.Extensions.Logging", "Newtonsoft.Json", "Newtonsoft.Json.Linq",
    };

    /// <summary>
    /// Types outside those namespaces that are accepted all the same: certified platform scripts
    /// (DocuSign, DocuSignDemo, AmazonS3Bucket) use them fully qualified, and culture-proof number and
    /// date handling needs them.
    /// </summary>
    public static readonly HashSet<string> AllowedTypes = new()
    {
        "System.Globalization.CultureInfo",
        "System.Globalization.NumberStyles",
        "System.Globalization.DateTimeStyles",
    };

    static readonly HashSet<string> Allowed = new(Supported.Append(PlatformNamespace));

    /// <summary>Each type named in the script, and each namespace it imports, that the platform does not offer.</summary>
    public static IEnumerable<(Location Where, string Message)> Violations(CSharpCompilation compilation, SyntaxTree tree)
    {
        var model = compilation.GetSemanticModel(tree);
        var root = tree.GetRoot();
        foreach (var directive in root.DescendantNodes().OfType<UsingDirectiveSyntax>())
        {
            if (directive.Alias != null || !directive.StaticKeyword.IsKind(SyntaxKind.None)) continue;
            if (model.GetSymbolInfo(directive.Name).Symbol is INamespaceSymbol ns && !Allowed.Contains(ns.ToDisplayString()))
                yield return (directive.GetLocation(), $"the namespace {ns.ToDisplayString()} is not one of the platform's supported namespaces");
        }
        foreach (var name in root.DescendantNodes().OfType<SimpleNameSyntax>())
        {
            if (name is IdentifierNameSyntax { IsVar: true }) continue; // not a name the script wrote
            var type = NamedType(model.GetSymbolInfo(name));
            if (type == null || SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly)) continue;
            var outer = type;
            while (outer.ContainingType != null) outer = outer.ContainingType;
            var ns = outer.ContainingNamespace?.ToDisplayString() ?? "";
            if (Allowed.Contains(ns) || AllowedTypes.Contains($"{ns}.{outer.MetadataName}")) continue;
            yield return (name.GetLocation(), $"'{type.ToDisplayString()}' is in {ns}, which is not one of the platform's supported namespaces");
        }
    }

    static INamedTypeSymbol NamedType(SymbolInfo info)
    {
        var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
        if (symbol is IAliasSymbol alias) symbol = alias.Target;
        // An attribute's name binds to its constructor.
        if (symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor) symbol = constructor.ContainingType;
        return symbol is INamedTypeSymbol { TypeKind: not TypeKind.Error } type ? type : null;
    }
}
