using System.CommandLine;

namespace JobScout.Cli.Commands.Eval;

/// <summary><c>eval …</c>: the measured quality of the product's judgements on labelled real data, each error listed.</summary>
public static class EvalCommand
{
    public static Command Create(CliOutput output) => new("eval", "Measure a judgement of the product against hand-labelled real data, listing every error.")
    {
        EvalListingsCommand.Create(output),
        EvalGradingCommand.Create(output),
    };
}
