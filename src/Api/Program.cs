using JasperFx;
using LivingLibrary.Api.ConsolePages;
using LivingLibrary.Api.Cases;
using LivingLibrary.Api.Journal;
using LivingLibrary.Api.Localisation;

var builder = WebApplication.CreateBuilder(args);
// Secrets as files (Docker's and systemd's way): /run/secrets/ConnectionStrings__Marten holds ConnectionStrings:Marten.
builder.Configuration.AddKeyPerFile("/run/secrets", optional: true);

builder.Services.AddSingleton(TimeProvider.System);
builder.AddRequestLanguages();
builder.AddSecurity();
builder.AddEventStore();
builder.AddDataProtectionKeys();
builder.AddHttpConventions();
builder.AddTelemetry();
builder.Services.AddHostedService<LivingLibrary.Api.Privacy.RetentionSchedule>();
builder.Services.AddSingleton(LivingLibrary.Api.Privacy.ForgetList.From);
builder.AddAccessJournal();
builder.AddCasePhotos();
builder.AddIdempotencyKeys();
builder.AddConsole();
LivingLibrary.Api.Cards.CardSetup.AddCards(builder);
builder.AddInProcessApi();
LivingLibrary.Api.Evaluations.AnswerCodeLimits.AddAnswerCodeLimits(builder.Services);
LivingLibrary.Api.PublicDirectory.DirectoryLimits.AddDirectoryLimits(builder.Services);

var app = builder.Build();

// A missing setting is said in one line, not a stack trace. Every command needs the database; serving (no command, or only
// options) needs the token settings too, while commands such as db-apply or codegen run without them.
if (Security.StartupProblem(app.Services, serving: args.Length == 0 || args[0].StartsWith('-')) is { } problem)
{
    Console.Error.WriteLine($"LivingLibrary cannot start: {problem}");
    return 1;
}

app.UseInProcessApi();
app.UseRequestLanguages();
// The console's errors before routing, so that the error page they are re-executed to is routed.
app.UseErrorPages();
// Routing early, as WebApplication would place it, but after the in-process API's hold on the pipeline, so that its requests are routed too.
app.UseRouting();

app.UseHttpConventions();
app.UseBodyLimit();
app.UseConsole();
app.UseAuthentication();
app.UseAuthorization();
// Routes without sign-in whose credential is a one-time code are limited per client address (docs/adr/0009).
app.UseRateLimiter();
app.UseReadableBodies();
// A retry after a lost race is a request of its own for the keys: it looks for the first answer again, and takes the key in its own transaction.
app.UseConflictRetries();
app.UseIdempotencyKeys();
app.UseAccessJournal();
app.MapPlatformEndpoints();
app.MapWolverineEndpoints(opts => opts.UseLivingLibraryConventions());
app.MapConsole();

// JasperFx prints every assembly it searches for commands until extensions were applied once (a static latch): applying
// none keeps the command line's output to what the command says.
new JasperFx.CommandLine.CommandFactory().ApplyExtensions(new ServiceCollection());
return await app.RunJasperFxCommands(args);

public partial class Program;
