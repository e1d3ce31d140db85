using System.Globalization;
using System.Reflection;
using JobFirst.Evaluation.Tests.Culture;

// probe CULTURE OUT  : sets CULTURE as the current culture (and UI culture) of every thread, then writes CultureOutputs
//                      into OUT, running the CLI in-process through its entry point.
// probe --which      : prints the current culture the environment gave the process (LANG/LC_ALL) and 1.5 in it.
if (args is ["--which"])
{
    Console.WriteLine($"{CultureInfo.CurrentCulture.Name} {1.5}");
    return 0;
}
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: probe CULTURE OUT | probe --which");
    return 2;
}

// "iv" = the invariant culture, but with ICU loaded (unlike InvariantGlobalization mode).
var culture = args[0] == "iv" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(args[0]);
CultureInfo.DefaultThreadCurrentCulture = culture;
CultureInfo.DefaultThreadCurrentUICulture = culture;
CultureInfo.CurrentCulture = culture;
CultureInfo.CurrentUICulture = culture;

var entry = Assembly.Load("jobfirst-eval").EntryPoint ?? throw new InvalidOperationException("no CLI entry point");
(int, string) RunCli(string[] cliArgs)
{
    var saved = Console.Out;
    using var stdout = new StringWriter(CultureInfo.InvariantCulture);
    Console.SetOut(stdout);
    try
    {
        int code = (int)entry.Invoke(null, [cliArgs])!;
        return (code, stdout.ToString());
    }
    finally
    {
        Console.SetOut(saved);
    }
}

CultureOutputs.Write(args[1], RunCli);
Console.WriteLine($"{CultureInfo.CurrentCulture.Name} {1.5}");
return 0;
