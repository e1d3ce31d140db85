using System.Globalization;
using JobFirst.Evaluation.Errors;

namespace JobFirst.Evaluation.Regression.Formula;

/// <summary>
/// Recursive-descent parser for <see cref="ModelFormula"/>. Grammar:
/// <code>
/// formula := name '~' sum
/// sum     := ['-'] product (('+' | '-') product)*
/// product := factor (('*' | ':') factor)*      // '*' and ':' bind tighter than '+'
/// factor  := name | 'C(' name [',' 'ref' '=' value] ')' | '(' sum ')' | '0' | '1'
/// </code>
/// Names are letters, digits, '.', '_' (not starting with a digit) or any text in backticks.
/// </summary>
internal sealed class FormulaParser
{
    private readonly string _text;
    private int _pos;
    private readonly Dictionary<string, FactorCoding> _codings = new(StringComparer.Ordinal);
    private readonly List<string> _appearance = [];
    private readonly string? _impliedResponse;

    public FormulaParser(string text, string? impliedResponse = null)
    {
        _text = text;
        _impliedResponse = impliedResponse;
    }

    // A parsed sub-expression: a list of terms (each a variable list) plus intercept markers.
    private sealed record Expr(List<List<string>> Terms, bool One, bool Zero);

    public ModelFormula Parse()
    {
        SkipSpace();
        if (_pos >= _text.Length)
        {
            throw Fail(
                _impliedResponse is null
                    ? "formula is empty; expected 'y ~ x1 + x2'"
                    : "formula is empty; expected '~ x1 + x2'"
            );
        }
        string response;
        if (_impliedResponse is null)
        {
            response = ReadName("a response column name");
            SkipSpace();
        }
        else
        {
            if (Peek() != '~')
            {
                throw Fail("a one-sided formula has no left-hand side; write '~ x1 + x2'");
            }
            response = _impliedResponse;
        }
        Expect('~');
        var terms = new List<List<string>>();
        bool intercept = true;
        bool first = true;
        while (true)
        {
            SkipSpace();
            char sign = '+';
            if (Peek() is '+' or '-')
            {
                sign = _text[_pos++];
            }
            else if (!first)
            {
                if (_pos >= _text.Length)
                {
                    break;
                }
                throw Fail($"unexpected '{_text[_pos]}'; expected '+', '-', '*' or ':'");
            }
            first = false;
            int termStart = _pos;
            var e = ParseProduct();
            if (sign == '+')
            {
                if (e.Zero)
                {
                    intercept = false;
                }
                if (e.One)
                {
                    intercept = true;
                }
                foreach (var t in e.Terms)
                {
                    if (!terms.Any(x => SameSet(x, t)))
                    {
                        terms.Add(t);
                    }
                }
            }
            else
            {
                if (e.One)
                {
                    intercept = false;
                }
                foreach (var t in e.Terms)
                {
                    int before = terms.Count;
                    terms.RemoveAll(x => SameSet(x, t));
                    if (terms.Count == before)
                    {
                        _pos = termStart;
                        throw Fail($"cannot remove term '{string.Join(":", t)}': it is not in the formula");
                    }
                }
            }
            SkipSpace();
            if (_pos >= _text.Length)
            {
                break;
            }
        }
        if (terms.Any(t => t.Contains(response, StringComparer.Ordinal)))
        {
            throw new InputException(
                $"formula '{_text}': the response '{response}' also appears on the right-hand side"
            );
        }
        // R's terms() orders each term's variables by first appearance in the formula: y ~ a + b:a has a:b.
        var ordered = terms
            .Select((t, i) => (Term: new FormulaTerm([.. t.OrderBy(v => _appearance.IndexOf(v))]), Index: i))
            .OrderBy(x => x.Term.Order)
            .ThenBy(x => x.Index)
            .Select(x => x.Term)
            .ToList();
        return new ModelFormula(_text, response, ordered, intercept, new Dictionary<string, FactorCoding>(_codings));
    }

    private static bool SameSet(List<string> a, List<string> b) =>
        a.Count == b.Count && a.All(v => b.Contains(v, StringComparer.Ordinal));

    private Expr ParseProduct()
    {
        var left = ParseFactor();
        while (true)
        {
            SkipSpace();
            char op = Peek();
            if (op is not ('*' or ':'))
            {
                return left;
            }
            int opPos = _pos;
            _pos++;
            var right = ParseFactor();
            if (left.One || left.Zero || right.One || right.Zero)
            {
                _pos = opPos;
                throw Fail($"'{op}' cannot combine the intercept (0 or 1) with other terms");
            }
            var cross = new List<List<string>>();
            foreach (var a in left.Terms)
            {
                foreach (var b in right.Terms)
                {
                    var merged = a.Concat(b.Where(v => !a.Contains(v, StringComparer.Ordinal))).ToList();
                    if (!cross.Any(x => SameSet(x, merged)))
                    {
                        cross.Add(merged);
                    }
                }
            }
            if (op == ':')
            {
                left = new Expr(cross, false, false);
            }
            else
            {
                var all = new List<List<string>>();
                foreach (var t in left.Terms.Concat(right.Terms).Concat(cross))
                {
                    if (!all.Any(x => SameSet(x, t)))
                    {
                        all.Add(t);
                    }
                }
                left = new Expr(all, false, false);
            }
        }
    }

    private Expr ParseFactor()
    {
        SkipSpace();
        if (_pos >= _text.Length)
        {
            throw Fail("expected a term but the formula ended");
        }
        char c = _text[_pos];
        if (c == '(')
        {
            _pos++;
            var inner = ParseSum();
            SkipSpace();
            Expect(')');
            return inner;
        }
        if (char.IsDigit(c))
        {
            int start = _pos;
            while (_pos < _text.Length && (char.IsDigit(_text[_pos]) || _text[_pos] == '.'))
            {
                _pos++;
            }
            string number = _text[start.._pos];
            if (number == "1")
            {
                return new Expr([], true, false);
            }
            if (number == "0")
            {
                return new Expr([], false, true);
            }
            _pos = start;
            throw Fail($"unexpected number '{number}'; only 0 and 1 (intercept) are allowed as terms");
        }
        int nameStart = _pos;
        string name = ReadName("a column name, C(column), 0 or 1");
        SkipSpace();
        if (name == "C" && Peek() == '(' && _text[nameStart] != '`')
        {
            _pos++;
            SkipSpace();
            string variable = ReadName("a column name inside C(...)");
            SkipSpace();
            string? reference = null;
            if (Peek() == ',')
            {
                _pos++;
                SkipSpace();
                string key = ReadName("'ref'");
                if (!string.Equals(key, "ref", StringComparison.Ordinal))
                {
                    _pos -= key.Length;
                    throw Fail($"unknown C() argument '{key}'; only ref=level is supported");
                }
                SkipSpace();
                Expect('=');
                SkipSpace();
                reference = ReadValue();
                SkipSpace();
            }
            Expect(')');
            Appear(variable);
            var coding = new FactorCoding(variable, true, reference);
            if (
                _codings.TryGetValue(variable, out var existing)
                && existing != coding
                && reference is not null
                && existing.ReferenceLevel is not null
            )
            {
                _pos = nameStart;
                throw Fail($"column '{variable}' is given two different reference levels");
            }
            if (existing is null || existing.ReferenceLevel is null)
            {
                _codings[variable] = coding;
            }
            return new Expr(
                [
                    [variable],
                ],
                false,
                false
            );
        }
        Appear(name);
        return new Expr(
            [
                [name],
            ],
            false,
            false
        );
    }

    private void Appear(string name)
    {
        if (!_appearance.Contains(name, StringComparer.Ordinal))
        {
            _appearance.Add(name);
        }
    }

    private Expr ParseSum()
    {
        var terms = new List<List<string>>();
        bool one = false;
        bool zero = false;
        bool first = true;
        while (true)
        {
            SkipSpace();
            char sign = '+';
            if (Peek() is '+' or '-')
            {
                sign = _text[_pos++];
            }
            else if (!first)
            {
                return new Expr(terms, one, zero);
            }
            first = false;
            var e = ParseProduct();
            if (sign == '-')
            {
                throw Fail("'-' is only supported at the top level of the formula");
            }
            one |= e.One;
            zero |= e.Zero;
            foreach (var t in e.Terms.Where(t => !terms.Any(x => SameSet(x, t))))
            {
                terms.Add(t);
            }
        }
    }

    private string ReadValue()
    {
        if (_pos >= _text.Length)
        {
            throw Fail("expected a reference level");
        }
        char q = _text[_pos];
        if (q is '"' or '\'')
        {
            int start = ++_pos;
            while (_pos < _text.Length && _text[_pos] != q)
            {
                _pos++;
            }
            if (_pos >= _text.Length)
            {
                _pos = start - 1;
                throw Fail("unterminated quoted reference level");
            }
            return _text[start.._pos++];
        }
        int s = _pos;
        while (_pos < _text.Length && _text[_pos] is not (')' or ',') && !char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
        if (_pos == s)
        {
            throw Fail("expected a reference level");
        }
        return _text[s.._pos];
    }

    private string ReadName(string what)
    {
        if (_pos < _text.Length && _text[_pos] == '`')
        {
            int start = ++_pos;
            while (_pos < _text.Length && _text[_pos] != '`')
            {
                _pos++;
            }
            if (_pos >= _text.Length || _pos == start)
            {
                _pos = start - 1;
                throw Fail("unterminated or empty `quoted` name");
            }
            return _text[start.._pos++];
        }
        int s = _pos;
        if (_pos < _text.Length && (char.IsLetter(_text[_pos]) || _text[_pos] is '_' or '.'))
        {
            while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] is '_' or '.'))
            {
                _pos++;
            }
        }
        if (_pos == s)
        {
            string found = _pos < _text.Length ? $"'{_text[_pos]}'" : "the end of the formula";
            throw Fail($"expected {what} but found {found}");
        }
        return _text[s.._pos];
    }

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            string found = _pos < _text.Length ? $"'{_text[_pos]}'" : "the end of the formula";
            throw Fail($"expected '{c}' but found {found}");
        }
        _pos++;
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private InputException Fail(string message) =>
        new(
            string.Create(
                CultureInfo.InvariantCulture,
                $"formula syntax error at character {_pos + 1} of '{_text}': {message}"
            )
        );
}
