using System.CommandLine;
using JobScout.Infrastructure.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace JobScout.Cli.Commands;

/// <summary><c>users add EMAIL [--admin|--coach]</c>: create an account, or give an existing one a role, from the terminal.</summary>
public static class UsersCommand
{
    public static Command Create(CliOutput output)
    {
        var email = new Argument<string>("EMAIL") { Description = "The account's e-mail address." };
        var admin = new Option<bool>("--admin") { Description = "An administrator: crawl sources, search terms, everything a coach can do." };
        var coach = new Option<bool>("--coach") { Description = "A career coach: clients, collections." };
        var name = new Option<string?>("--name") { Description = "The name shown in the site." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input instead of generating one." };
        var add = new Command("add", "Create an account; an existing account gets the role asked for.") { email, admin, coach, name, passwordStdin };
        add.Validators.Add(result =>
        {
            if (result.GetValue(admin) && result.GetValue(coach))
            {
                result.AddError("Choose one of --admin and --coach.");
            }
        });
        add.SetAction((parseResult, ct) => CliHost.RunAsync(parseResult, output, async (services, token) =>
        {
            var role = parseResult.GetValue(admin) ? UserRole.Admin : parseResult.GetValue(coach) ? UserRole.Coach : UserRole.Seeker;
            var address = parseResult.GetValue(email)!.Trim();
            var users = services.GetRequiredService<UserStore>();
            if (await users.FindByEmailAsync(address, token) is { } existing)
            {
                await users.SetRoleAsync(existing.Id, role, token);
                await output.Out.WriteLineAsync($"{existing.Email} already had an account; it is now a {role} account (its sessions were signed out).");
                return ExitCodes.Success;
            }

            var generated = !parseResult.GetValue(passwordStdin);
            var password = generated ? SecretTokens.Create()[..20] : (await Console.In.ReadLineAsync(token))?.TrimEnd('\r', '\n') ?? "";
            var outcome = await services.GetRequiredService<AccountService>().RegisterAsync(address, parseResult.GetValue(name), password, role, token);
            if (outcome.User is null)
            {
                throw new CliException(outcome.Error ?? "The account could not be created.");
            }

            await output.Out.WriteLineAsync($"Created the {role} account {outcome.User.Email}.");
            if (generated)
            {
                await output.Out.WriteLineAsync($"Password (shown once; change it with \"Forgot your password?\" if you like): {password}");
            }

            return ExitCodes.Success;
        }, ct));
        var command = new Command("users", "Manage accounts.");
        command.Subcommands.Add(add);
        return command;
    }
}
