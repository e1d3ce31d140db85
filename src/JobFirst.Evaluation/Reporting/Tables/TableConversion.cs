using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace JobFirst.Evaluation.Reporting.Tables;

/// <summary>
/// Finds the <see cref="ResultTable"/> behind any result, so notebook formatters and generic writers need no list of
/// result types. The convention: a public result type converts itself with a public instance method <c>ToTable()</c>
/// (no arguments, or only optional ones; <c>ToResultTable()</c> is accepted too) returning <see cref="ResultTable"/>;
/// a list of results converts through a
/// public static <c>ToTable(IReadOnlyList&lt;T&gt;, ...)</c> on the element type when there is one (e.g. several
/// outcomes' weekly effects in one table).
/// </summary>
public static class TableConversion
{
    private static readonly ConcurrentDictionary<Type, MethodInfo?> Instance = new();
    private static readonly ConcurrentDictionary<Type, MethodInfo?> ListStatic = new();

    /// <summary>The library's public types that convert to a table with <c>ToTable()</c>, ordered by full name.</summary>
    public static IReadOnlyList<Type> ConvertibleTypes { get; } =
    [
        .. typeof(TableConversion)
            .Assembly.GetExportedTypes()
            .Where(t => !t.IsGenericTypeDefinition && InstanceMethod(t) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal),
    ];

    /// <summary>True when values of <paramref name="type"/> convert with <see cref="TryConvert"/>.</summary>
    public static bool CanConvert(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type == typeof(ResultTable)
            || Instance.GetOrAdd(type, InstanceMethod) is not null
            || (ElementType(type) is { } e && ListStatic.GetOrAdd(e, ListMethod) is not null);
    }

    /// <summary>
    /// The table of <paramref name="value"/>: the table itself, <c>value.ToTable()</c>, or for a list of results the
    /// element type's static <c>ToTable(list)</c>. False for anything else (including null).
    /// </summary>
    public static bool TryConvert(object? value, [NotNullWhen(true)] out ResultTable? table)
    {
        table = null;
        switch (value)
        {
            case null:
                return false;
            case ResultTable t:
                table = t;
                return true;
        }
        var type = value.GetType();
        if (Instance.GetOrAdd(type, InstanceMethod) is { } m)
        {
            table = (ResultTable?)m.Invoke(value, Defaults(m, skip: 0));
            return table is not null;
        }
        if (ElementType(type) is { } element && ListStatic.GetOrAdd(element, ListMethod) is { } s)
        {
            var list = ToTypedList(value, element);
            var args = Defaults(s, skip: 1);
            args[0] = list;
            table = (ResultTable?)s.Invoke(null, args);
            return table is not null;
        }
        return false;
    }

    private static MethodInfo? InstanceMethod(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name is "ToTable" or "ToResultTable")
            .Where(m => m.ReturnType == typeof(ResultTable) && !m.IsGenericMethodDefinition)
            .Where(m => m.GetParameters().All(p => p.IsOptional))
            .OrderBy(m => m.Name == "ToTable" ? 0 : 1)
            .ThenBy(m => m.GetParameters().Length)
            .FirstOrDefault();

    private static MethodInfo? ListMethod(Type element)
    {
        var listType = typeof(IReadOnlyList<>).MakeGenericType(element);
        return element
            .GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name == "ToTable" && m.ReturnType == typeof(ResultTable))
            .Where(m => m.GetParameters() is { Length: >= 1 } p && p[0].ParameterType == listType)
            .Where(m => m.GetParameters().Skip(1).All(p => p.IsOptional))
            .OrderBy(m => m.GetParameters().Length)
            .FirstOrDefault();
    }

    // The element type T when the value is an IEnumerable<T> of a result type (string excluded).
    private static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }
        var enumerable =
            type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
                ? type
                : type.GetInterfaces()
                    .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }

    private static object ToTypedList(object value, Type element)
    {
        var listType = typeof(List<>).MakeGenericType(element);
        var list = (System.Collections.IList)Activator.CreateInstance(listType)!;
        foreach (var item in (System.Collections.IEnumerable)value)
        {
            list.Add(item);
        }
        return list;
    }

    private static object?[] Defaults(MethodInfo method, int skip)
    {
        var parameters = method.GetParameters();
        var args = new object?[parameters.Length];
        for (int i = skip; i < parameters.Length; i++)
        {
            args[i] = parameters[i].HasDefaultValue ? parameters[i].DefaultValue : Type.Missing;
        }
        return args;
    }
}
