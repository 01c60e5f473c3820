namespace LivingLibrary.Domain.Competences;

/// <summary>
/// Something a person wants to manage on their own, named the way beginners say it
/// ("pay a bill online"), and the DigComp competences it exercises.
/// </summary>
public sealed record EverydayTask(string Code, Label Name, IReadOnlyList<string> CompetenceCodes);
