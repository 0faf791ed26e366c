using JobScout.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddJobScoutWeb();

var app = builder.Build();
app.UseJobScoutWeb();
app.Run();

/// <summary>Visible to the test host.</summary>
public partial class Program;
