using JobFirst.Evaluation.Errors;

namespace JobFirst.Evaluation.Tests.Input;

/// <summary>Assertions for strict-reader errors: location named, person ids never printed.</summary>
internal static class InputAssert
{
    public static InputException Fails(Action read, string file, long line, int column, params string[] forbidden)
    {
        var ex = Assert.Throws<InputException>(read);
        Assert.Equal(file, ex.File);
        Assert.Equal(line, ex.Line);
        Assert.Equal(column, ex.Column);
        Assert.StartsWith(file, ex.Diagnostic, StringComparison.Ordinal);
        foreach (var id in forbidden)
        {
            Assert.DoesNotContain(id, ex.Message, StringComparison.Ordinal);
        }
        return ex;
    }

    public static InputException Fails(
        Func<object?> read,
        string file,
        long line,
        int column,
        params string[] forbidden
    ) =>
        Fails(
            () =>
            {
                _ = read();
            },
            file,
            line,
            column,
            forbidden
        );
}
