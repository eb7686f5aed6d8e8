// csxc-feature: WhatwgHost
// csxc-needs: Utf8
    // The host parser of the WHATWG URL standard for http and https (the "special" hosts), as node's
    // URL (ada) runs it: percent-decoding, lower-casing, IDNA to punycode for the simple case,
    // IPv4 in decimal, hex and octal parts, and IPv6 with "::" compression. Null means failure.
    static class CsxUrlHost
    {
        public static string Parse(string input)
        {
            if (input.StartsWith("[", StringComparison.Ordinal))
            {
                if (!input.EndsWith("]", StringComparison.Ordinal)) return null;
                var pieces = ParseIpv6(input.Substring(1, input.Length - 2));
                return pieces == null ? null : "[" + SerializeIpv6(pieces) + "]";
            }
            var domain = CsxUtf8.Decode(PercentDecode(input));
            var ascii = ToAscii(domain);
            if (ascii == null || ascii.Length == 0) return null;
            foreach (var c in ascii) if (ForbiddenDomain(c)) return null;
            if (!EndsInNumber(ascii)) return ascii;
            var ipv4 = ParseIpv4(ascii);
            return ipv4 < 0 ? null : SerializeIpv4(ipv4);
        }

        /** %XX as its byte, anything else as its UTF-8 bytes. */
        static byte[] PercentDecode(string text)
        {
            var bytes = CsxUtf8.Encode(text);
            var output = new List<byte>(bytes.Length);
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == '%' && i + 2 < bytes.Length && Hex(bytes[i + 1]) >= 0 && Hex(bytes[i + 2]) >= 0)
                {
                    output.Add((byte)(Hex(bytes[i + 1]) * 16 + Hex(bytes[i + 2])));
                    i += 2;
                }
                else output.Add(bytes[i]);
            }
            return output.ToArray();
        }

        static int Hex(int c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1; }

        static bool ForbiddenDomain(char c)
        {
            return c <= 0x20 || c == 0x7F || "#%/:<>?@[\\]^|".IndexOf(c) >= 0;
        }

        /**
         * UTS 46 ToASCII for the simple case: ideographic full stops as ".", compatibility forms and
         * case folded (NFKC and lower case), then each label with non-ASCII letters as "xn--" punycode.
         * Of the mapping table's rarer entries only the common ignored characters are applied.
         */
        static string ToAscii(string domain)
        {
            var ascii = true;
            foreach (var c in domain) if (c >= 0x80) { ascii = false; break; }
            if (ascii) return LowerAscii(domain);
            var mapped = new StringBuilder(domain.Length);
            foreach (var c in domain)
            {
                if (Ignored(c)) continue;
                mapped.Append(c == '\u3002' || c == '\uFF0E' || c == '\uFF61' ? '.' : c);
            }
            return MappedToAscii(mapped.ToString());
        }

        /** What UTS 46 maps to nothing: the soft hyphen, joiners' invisible kin, variation selectors, the BOM. */
        static bool Ignored(char c)
        {
            return c == '\u00AD' || c == '\u034F' || (c >= '\u180B' && c <= '\u180F') || c == '\u200B' || c == '\u2060' || c == '\u2064' || (c >= '\uFE00' && c <= '\uFE0F') || c == '\uFEFF';
        }

        static string MappedToAscii(string mapped)
        {
            try { mapped = mapped.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Normalize(NormalizationForm.FormC); }
            catch (ArgumentException) { return null; }
            var labels = mapped.Split('.');
            for (var i = 0; i < labels.Length; i++)
            {
                var plain = true;
                foreach (var c in labels[i]) if (c >= 0x80) { plain = false; break; }
                if (!plain) labels[i] = "xn--" + Punycode(labels[i]);
            }
            return string.Join(".", labels);
        }

        static string LowerAscii(string text)
        {
            var output = new StringBuilder(text.Length);
            foreach (var c in text) output.Append(c >= 'A' && c <= 'Z' ? (char)(c + 32) : c);
            return output.ToString();
        }

        /** RFC 3492's encoder. */
        static string Punycode(string label)
        {
            var points = new List<int>();
            for (var i = 0; i < label.Length; i++)
            {
                if (char.IsHighSurrogate(label[i]) && i + 1 < label.Length && char.IsLowSurrogate(label[i + 1])) { points.Add(char.ConvertToUtf32(label[i], label[i + 1])); i++; }
                else points.Add(label[i]);
            }
            var output = new StringBuilder();
            foreach (var p in points) if (p < 0x80) output.Append((char)p);
            int basic = output.Length, handled = basic, n = 128, bias = 72;
            long delta = 0;
            if (basic > 0) output.Append('-');
            while (handled < points.Count)
            {
                var m = points.Where(p => p >= n).Min();
                delta += (long)(m - n) * (handled + 1);
                n = m;
                foreach (var p in points)
                {
                    if (p < n) delta++;
                    if (p != n) continue;
                    var q = delta;
                    for (var k = 36; ; k += 36)
                    {
                        var t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
                        if (q < t) break;
                        output.Append(Digit((int)(t + (q - t) % (36 - t))));
                        q = (q - t) / (36 - t);
                    }
                    output.Append(Digit((int)q));
                    bias = Adapt(delta, handled + 1, handled == basic);
                    delta = 0;
                    handled++;
                }
                delta++;
                n++;
            }
            return output.ToString();
        }

        static char Digit(int d) { return (char)(d < 26 ? 'a' + d : '0' + d - 26); }

        static int Adapt(long delta, int points, bool first)
        {
            delta = first ? delta / 700 : delta / 2;
            delta += delta / points;
            var k = 0;
            for (; delta > 455; k += 36) delta /= 35;
            return (int)(k + 36 * delta / (delta + 38));
        }

        static bool EndsInNumber(string host)
        {
            var parts = host.Split('.').ToList();
            if (parts[parts.Count - 1].Length == 0)
            {
                if (parts.Count == 1) return false;
                parts.RemoveAt(parts.Count - 1);
            }
            var last = parts[parts.Count - 1];
            if (last.Length > 0 && last.All(c => c >= '0' && c <= '9')) return true;
            return Ipv4Number(last) >= 0;
        }

        /** A part in decimal, 0x hex or 0 octal; -1 when it is not one, capped at 2^40 (too big anyway). */
        static long Ipv4Number(string part)
        {
            if (part.Length == 0) return -1;
            var radix = 10;
            if (part.Length >= 2 && part[0] == '0' && (part[1] == 'x' || part[1] == 'X')) { radix = 16; part = part.Substring(2); }
            else if (part.Length >= 2 && part[0] == '0') { radix = 8; part = part.Substring(1); }
            long value = 0;
            foreach (var c in part)
            {
                var d = Hex(c);
                if (d < 0 || d >= radix) return -1;
                value = Math.Min(value * radix + d, 1L << 40);
            }
            return value;
        }

        static long ParseIpv4(string host)
        {
            var parts = host.Split('.').ToList();
            if (parts[parts.Count - 1].Length == 0 && parts.Count > 1) parts.RemoveAt(parts.Count - 1);
            if (parts.Count > 4) return -1;
            var numbers = new List<long>();
            foreach (var part in parts)
            {
                var n = Ipv4Number(part);
                if (n < 0) return -1;
                numbers.Add(n);
            }
            for (var i = 0; i < numbers.Count - 1; i++) if (numbers[i] > 255) return -1;
            if (numbers[numbers.Count - 1] >= 1L << (8 * (5 - numbers.Count))) return -1;
            var ipv4 = numbers[numbers.Count - 1];
            for (var i = 0; i < numbers.Count - 1; i++) ipv4 += numbers[i] << (8 * (3 - i));
            return ipv4;
        }

        static string SerializeIpv4(long address)
        {
            return string.Join(".", new[] { 24, 16, 8, 0 }.Select(shift => ((address >> shift) & 255).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        /** The standard's IPv6 parser, step for step: eight 16-bit pieces, or null. */
        static int[] ParseIpv6(string input)
        {
            var address = new int[8];
            int piece = 0, at = 0;
            int? compress = null;
            Func<int> c = () => at < input.Length ? input[at] : -1;
            if (c() == ':')
            {
                if (at + 1 >= input.Length || input[at + 1] != ':') return null;
                at += 2;
                compress = ++piece;
            }
            while (c() != -1)
            {
                if (piece == 8) return null;
                if (c() == ':')
                {
                    if (compress != null) return null;
                    at++;
                    compress = ++piece;
                    continue;
                }
                int value = 0, length = 0;
                while (length < 4 && Hex(c()) >= 0) { value = value * 16 + Hex(c()); at++; length++; }
                if (c() == '.')
                {
                    if (length == 0) return null;
                    at -= length;
                    if (piece > 6) return null;
                    var seen = 0;
                    while (c() != -1)
                    {
                        int? ipv4Piece = null;
                        if (seen > 0)
                        {
                            if (c() == '.' && seen < 4) at++;
                            else return null;
                        }
                        if (!(c() >= '0' && c() <= '9')) return null;
                        while (c() >= '0' && c() <= '9')
                        {
                            var number = c() - '0';
                            if (ipv4Piece == null) ipv4Piece = number;
                            else if (ipv4Piece == 0) return null;
                            else ipv4Piece = ipv4Piece * 10 + number;
                            if (ipv4Piece > 255) return null;
                            at++;
                        }
                        address[piece] = address[piece] * 0x100 + ipv4Piece.Value;
                        seen++;
                        if (seen == 2 || seen == 4) piece++;
                    }
                    if (seen != 4) return null;
                    break;
                }
                else if (c() == ':')
                {
                    at++;
                    if (c() == -1) return null;
                }
                else if (c() != -1) return null;
                address[piece++] = value;
            }
            if (compress != null)
            {
                var swaps = piece - compress.Value;
                piece = 7;
                while (piece != 0 && swaps > 0)
                {
                    var other = compress.Value + swaps - 1;
                    var kept = address[piece];
                    address[piece] = address[other];
                    address[other] = kept;
                    piece--;
                    swaps--;
                }
            }
            else if (piece != 8) return null;
            return address;
        }

        /** Lower-case hex without leading zeros; the first longest run of two or more zero pieces as "::". */
        static string SerializeIpv6(int[] address)
        {
            int bestStart = -1, bestLength = 1;
            for (var i = 0; i < 8;)
            {
                if (address[i] != 0) { i++; continue; }
                var j = i;
                while (j < 8 && address[j] == 0) j++;
                if (j - i > bestLength) { bestStart = i; bestLength = j - i; }
                i = j;
            }
            var output = new StringBuilder();
            var ignore0 = false;
            for (var i = 0; i < 8; i++)
            {
                if (ignore0 && address[i] == 0) continue;
                ignore0 = false;
                if (i == bestStart)
                {
                    output.Append(i == 0 ? "::" : ":");
                    ignore0 = true;
                    continue;
                }
                output.Append(address[i].ToString("x", System.Globalization.CultureInfo.InvariantCulture));
                if (i != 7) output.Append(':');
            }
            return output.ToString();
        }
    }
