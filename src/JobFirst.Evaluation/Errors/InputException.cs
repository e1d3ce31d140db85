namespace JobFirst.Evaluation.Errors;

/// <summary>
/// A user's input is wrong (malformed file, unknown option value, inconsistent data). Carries the
/// location so the CLI can print one line <c>file:line:column: message</c> and exit with code 2.
/// Never carries a person identifier in <see cref="Exception.Message"/> unless the caller passed one
/// deliberately for a diagnostics-only path; readers report row numbers instead.
/// </summary>
public sealed class InputException : Exception
{
    /// <summary>Creates an input error at a location (file, 1-based line and column; 0 = unknown).</summary>
    public InputException(string message, string? file = null, long line = 0, int column = 0)
        : base(message)
    {
        File = file;
        Line = line;
        Column = column;
    }

    /// <summary>Creates an input error without location.</summary>
    public InputException()
        : base("invalid input") { }

    /// <summary>Creates an input error without location.</summary>
    public InputException(string message)
        : base(message) { }

    /// <summary>Creates an input error wrapping another exception.</summary>
    public InputException(string message, Exception innerException)
        : base(message, innerException) { }

    /// <summary>The file the error is in, if known.</summary>
    public string? File { get; }

    /// <summary>1-based line number in <see cref="File"/>, or 0 when unknown.</summary>
    public long Line { get; }

    /// <summary>1-based column (field) number, or 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>The one-line diagnostic <c>file:line:column: message</c> (parts omitted when unknown).</summary>
    public string Diagnostic
    {
        get
        {
            var where = File ?? "";
            if (Line > 0)
            {
                where += FormattableString.Invariant($":{Line}");
                if (Column > 0)
                {
                    where += FormattableString.Invariant($":{Column}");
                }
            }
            return where.Length > 0 ? $"{where}: {Message}" : Message;
        }
    }
}
