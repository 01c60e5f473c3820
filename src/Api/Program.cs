using JasperFx;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.AddSecurity();
builder.AddEventStore();
builder.AddHttpConventions();

var app = builder.Build();

app.UseHttpConventions();
app.UseAuthentication();
app.UseAuthorization();
app.MapPlatformEndpoints();
app.MapWolverineEndpoints(opts => opts.UseLivingLibraryConventions());

return await app.RunJasperFxCommands(args);

public partial class Program;
