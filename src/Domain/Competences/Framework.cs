namespace LivingLibrary.Domain.Competences;

/// <summary>One of DigComp's five competence areas, coded "1" to "5".</summary>
public sealed record Area(string Code, Label Name);

/// <summary>One of DigComp's 21 competences, coded "1.1" to "5.4"; its area is the code's first digit.</summary>
public sealed record Competence(string Code, string AreaCode, Label Name);

public enum Band
{
    Foundation,
    Intermediate,
    Advanced,
    HighlySpecialised,
}

/// <summary>Two consecutive proficiency levels: 1-2, 3-4, 5-6, 7-8.</summary>
public sealed record ProficiencyBand(Band Band, int FirstLevel, int LastLevel, Label Name);

/// <summary>A proficiency level 1..8, described in plain words from the learner's point of view.</summary>
public sealed record ProficiencyLevel(int Number, Band Band, Label Description);
