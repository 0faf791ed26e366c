using JobScout.Cli;

return await JobScoutCommand.RunAsync(args);
