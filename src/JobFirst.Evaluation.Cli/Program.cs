using JobFirst.Evaluation.Cli;

return CliApplication.Run(args, Console.Out, Console.Error);
