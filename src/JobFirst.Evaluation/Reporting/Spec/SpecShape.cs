using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using JobFirst.Evaluation.Reporting.Tables;

namespace JobFirst.Evaluation.Reporting.Spec;

/// <summary>
/// Checks a parsed spec against the shape of the record it binds to before the serializer sees it, so every
/// mistake gets a plain message and the JSON path it sits at: unknown keys (with the allowed ones), missing
/// required keys, and values of the wrong kind (a string where an integer belongs, null where a value is needed).
/// Keys are the snake_case names of the record's settable properties.
/// </summary>
internal static class SpecShape
{
    /// <summary>Snake_case keys a record type accepts, in declaration order.</summary>
    public static IReadOnlyList<string> Keys(Type type) => [.. Members(type).Select(m => m.Key)];

    /// <summary>Throws (through <paramref name="error"/>) at the first mismatch between <paramref name="node"/> and <paramref name="type"/>.</summary>
    public static void Check(JsonNode? node, Type type, string path, Func<string, string, Exception> error)
    {
        if (node is not JsonObject obj)
        {
            throw error(path, $"{path} must be an object {{ ... }}, not {Describe(node)}");
        }
        var members = Members(type);
        foreach (var (key, value) in obj)
        {
            var member = members.FirstOrDefault(m => m.Key == key);
            string at = JsonPositions.Child(path, key);
            if (member.Property is null)
            {
                throw error(
                    at,
                    $"unknown key '{key}' in {path} (allowed: {string.Join(", ", members.Select(m => m.Key))})"
                );
            }
            CheckValue(value, member.Property.PropertyType, member.Nullable, at, error);
        }
        foreach (var m in members.Where(m => m.Required && !obj.ContainsKey(m.Key)))
        {
            throw error(path, $"{path} is missing the required key '{m.Key}'");
        }
    }

    private static void CheckValue(
        JsonNode? value,
        Type type,
        bool nullable,
        string path,
        Func<string, string, Exception> error
    )
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (value is null)
        {
            if (nullable || underlying is not null)
            {
                return;
            }
            throw error(path, $"{path} must be {Expected(type)}, not null");
        }
        type = underlying ?? type;
        if (type == typeof(string))
        {
            Require(value is JsonValue v && v.TryGetValue<string>(out _), type, value, path, error);
        }
        else if (type == typeof(bool))
        {
            Require(value is JsonValue v && v.TryGetValue<bool>(out _), type, value, path, error);
        }
        else if (type == typeof(int))
        {
            Require(IsInteger(value, int.MinValue, int.MaxValue), type, value, path, error);
        }
        else if (type == typeof(long))
        {
            Require(IsInteger(value, long.MinValue, long.MaxValue), type, value, path, error);
        }
        else if (type == typeof(double))
        {
            Require(
                value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number,
                type,
                value,
                path,
                error
            );
        }
        else if (ElementType(type) is { } element)
        {
            if (value is not JsonArray array)
            {
                throw error(path, $"{path} must be {Expected(type)}, not {Describe(value)}");
            }
            for (int i = 0; i < array.Count; i++)
            {
                CheckValue(array[i], element, nullable: false, JsonPositions.Element(path, i), error);
            }
        }
        else
        {
            Check(value, type, path, error);
        }
    }

    private static bool IsInteger(JsonNode node, long min, long max) =>
        node is JsonValue v
        && v.GetValueKind() == System.Text.Json.JsonValueKind.Number
        && v.TryGetValue<decimal>(out var d)
        && d == decimal.Truncate(d)
        && d >= min
        && d <= max;

    private static void Require(bool ok, Type type, JsonNode value, string path, Func<string, string, Exception> error)
    {
        if (!ok)
        {
            throw error(path, $"{path} must be {Expected(type)}, not {Describe(value)}");
        }
    }

    private static Type? ElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
            ? type.GetGenericArguments()[0]
            : null;

    private static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) ? "a string"
            : type == typeof(bool) ? "true or false"
            : type == typeof(int) || type == typeof(long) ? "an integer"
            : type == typeof(double) ? "a number"
            : ElementType(type) is { } e ? $"an array of {Plural(Expected(e))}"
            : "an object { ... }";
    }

    private static string Plural(string kind) =>
        kind switch
        {
            "a string" => "strings",
            "an integer" => "integers",
            "a number" => "numbers",
            "true or false" => "booleans",
            _ => "objects",
        };

    private static string Describe(JsonNode? node) =>
        node switch
        {
            null => "null",
            JsonObject => "an object",
            JsonArray => "an array",
            JsonValue v => v.GetValueKind() switch
            {
                System.Text.Json.JsonValueKind.String => "a string",
                System.Text.Json.JsonValueKind.Number => "the number " + v.ToJsonString(),
                System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => v.ToJsonString(),
                _ => "a value",
            },
            _ => "a value",
        };

    private static IReadOnlyList<(string Key, PropertyInfo Property, bool Required, bool Nullable)> Members(Type type)
    {
        var nullability = new NullabilityInfoContext();
        return
        [
            .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true } && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
                .OrderBy(p => Depth(p.DeclaringType!, type))
                .ThenBy(p => p.MetadataToken)
                .Select(p =>
                    (
                        ResultTable.SnakeCase(p.Name),
                        p,
                        p.GetCustomAttribute<RequiredMemberAttribute>() is not null,
                        nullability.Create(p).WriteState == NullabilityState.Nullable
                    )
                ),
        ];
    }

    // Base-record keys (section, id, ...) first, then the derived section's own options.
    private static int Depth(Type declaring, Type type)
    {
        int depth = 0;
        for (var t = type; t is not null && t != declaring; t = t.BaseType)
        {
            depth++;
        }
        return -depth;
    }
}
