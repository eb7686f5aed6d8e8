using System;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Csxc.Harness;

/// <summary>
/// Writes a string that holds a lone surrogate (`"😀".at(0)` logged or thrown by a script) with that
/// surrogate escaped as \uD83D, which JSON.parse on node reads back as the same UTF-16 code unit.
/// System.Text.Json would write it as U+FFFD, and the comparison would see a text the script never
/// wrote. Other strings are written as usual.
/// </summary>
public sealed class LoneSurrogateConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        if (!HasLoneSurrogate(value)) { writer.WriteStringValue(value); return; }
        // Validation would reject the escaped surrogate as invalid UTF-16; the text is built right here.
        writer.WriteRawValue(Quote(value), skipInputValidation: true);
    }

    static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            else if (char.IsSurrogate(s[i])) return true;
        }
        return false;
    }

    /// <summary>A JSON string literal: quotes, backslashes, control characters and lone surrogates escaped.</summary>
    static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { sb.Append(c).Append(s[++i]); continue; }
            if (c == '"' || c == '\\') sb.Append('\\').Append(c);
            else if (c < 0x20 || char.IsSurrogate(c)) sb.Append("\\u").Append(((int)c).ToString("X4"));
            else sb.Append(c);
        }
        return sb.Append('"').ToString();
    }
}
