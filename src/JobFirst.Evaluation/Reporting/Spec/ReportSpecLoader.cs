using System.Text.Json;
using System.Text.Json.Serialization;
using JobFirst.Evaluation.Errors;

namespace JobFirst.Evaluation.Reporting.Spec;

/// <summary>Reads and validates a <see cref="ReportSpec"/> JSON file (snake_case keys, unknown keys rejected).</summary>
public static class ReportSpecLoader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>Loads <paramref name="path"/>; errors name file, line and column.</summary>
    public static ReportSpec Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputException("spec file not found", path);
        }
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses spec JSON text; <paramref name="name"/> labels errors.</summary>
    public static ReportSpec Parse(string json, string name)
    {
        ReportSpec? spec;
        try
        {
            spec = JsonSerializer.Deserialize<ReportSpec>(json, Options);
        }
        catch (JsonException ex)
        {
            string msg = ex.Message;
            int cut = msg.IndexOf(" Path:", StringComparison.Ordinal);
            throw new InputException(
                cut > 0 ? msg[..cut] : msg,
                name,
                (ex.LineNumber ?? -1) + 1,
                (int)(ex.BytePositionInLine ?? -1) + 1
            );
        }
        if (spec is null)
        {
            throw new InputException("spec is empty", name, 1);
        }
        Validate(spec, name);
        return spec;
    }

    private static void Validate(ReportSpec spec, string name)
    {
        if (spec.Language is not ("en" or "da"))
        {
            throw new InputException($"language must be \"en\" or \"da\", not \"{spec.Language}\"", name);
        }
        if (spec.WeekFrom < 1 || spec.WeekTo < spec.WeekFrom)
        {
            throw new InputException(
                $"week_from/week_to must satisfy 1 <= from <= to (got {spec.WeekFrom}..{spec.WeekTo})",
                name
            );
        }
        if (spec.Level is <= 0 or >= 1)
        {
            throw new InputException("level must lie in (0,1)", name);
        }
        if (spec.MinCell < 1)
        {
            throw new InputException("min_cell must be at least 1", name);
        }
        if (spec.StandardError is not ("welch" or "classical"))
        {
            throw new InputException(
                $"standard_error must be \"welch\" or \"classical\", not \"{spec.StandardError}\"",
                name
            );
        }
        if (spec.Population != "available" && !spec.Population.StartsWith("balanced:", StringComparison.Ordinal))
        {
            throw new InputException(
                $"population must be \"available\" or \"balanced:K\", not \"{spec.Population}\"",
                name
            );
        }
    }

    /// <summary>Resolves a path from the spec relative to the spec file's directory.</summary>
    public static string Resolve(string specPath, string relative)
    {
        ArgumentNullException.ThrowIfNull(specPath);
        ArgumentNullException.ThrowIfNull(relative);
        return Path.IsPathRooted(relative)
            ? relative
            : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(specPath)) ?? ".", relative));
    }
}
