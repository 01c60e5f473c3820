using Mono.Cecil;
using Mono.Cecil.Cil;

namespace LivingLibrary.Api.Tests.Console;

/// <summary>
/// The console carries out no command itself (docs/adr/0022): every page's writes go through the API in-process. Read from
/// the compiled pages, async state machines and lambdas included, so no way of writing can hide from it.
/// </summary>
public sealed class ConsoleWritesNothingTests
{
    /// <summary>Marten's interfaces that write: a session that can save, the operations that store or append, and opening one.</summary>
    private static readonly string[] WritingTypes =
        ["Marten.IDocumentSession", "Marten.IDocumentOperations", "Marten.Events.IEventStoreOperations"];

    private static readonly string[] OpeningAWritingSession =
        ["LightweightSession", "IdentitySession", "DirtyTrackedSession", "OpenSession", "BulkInsertAsync", "BulkInsert", "BulkInsertDocumentsAsync"];

    [Fact]
    public void No_console_page_appends_events_or_writes_documents()
    {
        using var api = AssemblyDefinition.ReadAssembly(typeof(Program).Assembly.Location);
        var writes = (
            from type in api.MainModule.GetTypes()
            where type.Namespace.StartsWith("LivingLibrary.Api.ConsolePages", StringComparison.Ordinal)
                || (type.DeclaringType?.Namespace.StartsWith("LivingLibrary.Api.ConsolePages", StringComparison.Ordinal) ?? false)
            from method in type.Methods
            where method.HasBody
            from instruction in method.Body.Instructions
            where instruction.OpCode.FlowControl == FlowControl.Call || instruction.OpCode == OpCodes.Ldftn || instruction.OpCode == OpCodes.Ldvirtftn
            let called = instruction.Operand as MethodReference
            where called is not null && Writes(called)
            select $"{Outer(type).FullName}: {called.DeclaringType.Name}.{called.Name}").Distinct().ToList();

        writes.ShouldBeEmpty();
    }

    [Fact]
    public void The_check_sees_a_write_where_there_is_one()
    {
        using var api = AssemblyDefinition.ReadAssembly(typeof(Program).Assembly.Location);
        // The access journal writes (docs/adr/0013): a place outside the console that the check must see as writing.
        var journal = api.MainModule.GetTypes().Single(t => t.FullName == "LivingLibrary.Api.Journal.AccessJournal");
        journal.NestedTypes.Append(journal).SelectMany(t => t.Methods).Where(m => m.HasBody).SelectMany(m => m.Body.Instructions)
            .Select(i => i.Operand).OfType<MethodReference>().Any(Writes).ShouldBeTrue();
    }

    private static bool Writes(MethodReference called) =>
        WritingTypes.Contains(called.DeclaringType.GetElementType().FullName)
        || (called.DeclaringType.FullName == "Marten.IDocumentStore" && OpeningAWritingSession.Contains(called.Name));

    private static TypeDefinition Outer(TypeDefinition type) => type.DeclaringType is { } outer ? Outer(outer) : type;
}
