using LivingLibrary.Api.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NSwag.CodeGeneration.CSharp;

namespace LivingLibrary.Api.Tests.Contract;

/// <summary>An outside team generates a C# client from the served document (NSwag) and it compiles as it is.</summary>
[Collection(ContractCollection.Name)]
public sealed class GeneratedClientTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_csharp_client_generated_from_the_document_compiles_without_errors()
    {
        var text = await (await Host.Scenario(s => s.Get.Url("/openapi/v1.json"))).ReadAsTextAsync();
        var document = await NSwag.OpenApiDocument.FromJsonAsync(text);
        var code = new CSharpClientGenerator(document, new CSharpClientGeneratorSettings
        {
            ClassName = "LivingLibraryClient",
            GenerateClientInterfaces = true,
            CSharpGeneratorSettings =
            {
                Namespace = "Outside.LivingLibrary",
                JsonLibrary = NJsonSchema.CodeGeneration.CSharp.CSharpJsonLibrary.SystemTextJson,
                GenerateNullableReferenceTypes = true,
            },
        }).GenerateFile();
        await File.WriteAllTextAsync(Artifacts.PathOf("generated-client.cs"), code);

        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create("OutsideClient", [CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest))],
            references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var assembly = new MemoryStream();
        var emitted = compilation.Emit(assembly);

        emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).Take(20).ToList().ShouldBeEmpty();
        emitted.Success.ShouldBeTrue();
        code.ShouldContain("Task<CreatedId> PostCaseAsync(", Case.Sensitive, "a create answers its new id, not an empty result");
    }
}
