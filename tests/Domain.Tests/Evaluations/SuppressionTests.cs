using CsCheck;
using LivingLibrary.Domain.Reports;

namespace LivingLibrary.Domain.Tests.Evaluations;

public sealed class SuppressionTests
{
    [Fact]
    public void A_count_of_one_or_two_people_is_suppressed_never_shown_as_zero()
    {
        Figure.Count(0).ShouldBe(new Figure(0));
        Figure.Count(1).ShouldBe(Figure.Hidden);
        Figure.Count(2).ToString().ShouldBe("suppressed");
        Figure.Count(3).Value.ShouldBe(3);
        Figure.Over(2, 4.5).ShouldBe(Figure.Hidden);
        Figure.Share(3, 4).ShouldBe(Figure.Hidden, "the one who did not is one person");
        Figure.Share(4, 7).Value.ShouldBe(0.571);
        Figure.Share(0, 5).Value.ShouldBe(0);
        Figure.Share(0, 0).ShouldBe(Figure.None, "a share of nobody is no figure, not a suppressed one");
        Figure.Over(0, 0).ShouldBe(new Figure(0), "no sessions, no hours");
    }

    [Fact]
    public void A_lone_small_cell_takes_the_smallest_count_of_three_or_more_with_it_a_zero_last()
    {
        // A zero beside a 2 would leave it between 0 and 2: the reader would know it is small (docs/adr/0018).
        Suppression.Cells([5, 2, 4, 0]).Select(f => f.ToString()).ShouldBe(["5", "suppressed", "suppressed", "0"]);
        Suppression.Cells([5, 2, 4]).Select(f => f.ToString()).ShouldBe(["5", "suppressed", "suppressed"]);
        Suppression.Cells([1, 1, 0, 9]).Select(f => f.ToString()).ShouldBe(["suppressed", "suppressed", "0", "suppressed"]);
        Suppression.Cells([1, 1, 1, 0]).Select(f => f.ToString()).ShouldBe(["suppressed", "suppressed", "suppressed", "suppressed"]);
        Suppression.Cells([2, 0]).ShouldAllBe(f => f.Suppressed, "two people in all");
        Suppression.Cells([3, 0, 4]).Select(f => f.ToString()).ShouldBe(["3", "0", "4"]);
    }

    [Fact]
    public void No_suppressed_cell_can_be_recomputed_from_the_total_and_the_cells_shown()
    {
        Gen.Int[0, 12].Array[1, 7].Sample(counts =>
        {
            var figures = Suppression.Cells(counts);
            var hidden = Enumerable.Range(0, counts.Length).Where(i => figures[i].Suppressed).ToList();
            figures.Where(f => !f.Suppressed).ShouldAllBe(f => f.Value == 0 || f.Value >= Figure.Threshold);
            if (hidden.Count == 0 || hidden.Count == counts.Length) return;
            hidden.Count.ShouldBeGreaterThanOrEqualTo(2);
            // What is known of the hidden cells: their sum (the total less what is shown), and that each of them is a
            // count of 0 or more. Each could take at least two values, unless they hold the small cells only.
            hidden.ShouldContain(i => counts[i] == 0 || counts[i] >= Figure.Threshold);
        });
    }
}
