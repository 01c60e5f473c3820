using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace LivingLibrary.Api.Platform;

/// <summary>
/// OpenTelemetry traces and metrics of ASP.NET Core, Wolverine, Marten and Npgsql, exported by OTLP when
/// the standard OTEL_EXPORTER_OTLP_ENDPOINT is set (and the other OTEL_* variables, as the SDK reads them);
/// off otherwise. Spans carry routes, ids and SQL text, never request bodies or parameter values.
/// </summary>
public static class Telemetry
{
    public static readonly string[] Sources = ["Wolverine", "Marten", "Npgsql"];

    public static void AddTelemetry(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) return;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? "livinglibrary-api"))
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddSource(Sources).AddOtlpExporter())
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddRuntimeInstrumentation().AddMeter(Sources).AddOtlpExporter());
    }
}
