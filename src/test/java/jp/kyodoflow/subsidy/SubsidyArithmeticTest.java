package jp.kyodoflow.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.subsidy.SubsidyArithmetic.Line;
import jp.kyodoflow.subsidy.SubsidyRules.ExpenseCategory;
import jp.kyodoflow.subsidy.SubsidyRules.Review;
import jp.kyodoflow.subsidy.SubsidyRules.Rounding;
import jp.kyodoflow.subsidy.SubsidyRules.RoundingMode;
import jp.kyodoflow.subsidy.SubsidyRules.Track;
import org.junit.jupiter.api.Test;

/** The subsidy's arithmetic on the examples and on the edges: caps, rates, rounding steps, dates. */
class SubsidyArithmeticTest {

    static final Track SMALL = new Track("SMALL", "少額", 100_000, 10, 10, Review.DOCUMENTS, false);
    static final Track NORMAL = new Track("NORMAL", "通常", 1_000_000, 1, 2, Review.COMMITTEE, false);
    static final Track PRIORITY = new Track("PRIORITY", "重点テーマ", 1_500_000, 3, 4, Review.COMMITTEE, true);
    static final Rounding THOUSAND_DOWN = new Rounding(1000, RoundingMode.DOWN);

    static final SubsidyRules RULES = new SubsidyRules(List.of(), List.of(SMALL, NORMAL, PRIORITY), List.of("防災"),
            THOUSAND_DOWN, List.of(new ExpenseCategory("FEES", "謝金", true, null),
            new ExpenseCategory("CONSUMABLES", "消耗品費", true, null),
            new ExpenseCategory("ALCOHOL", "酒類", false, "酒類は対象になりません")), 20,
            new SubsidyRules.ReportDeadline(30, "04-10"), List.of("地域発元気づくり支援金"), List.of(), "x",
            java.time.Period.ofDays(30), List.of());

    @Test
    void normalTrackIsHalfTheEligibleExpenses() {
        var f = SubsidyArithmetic.maxGrant(NORMAL, 800_000, THOUSAND_DOWN);
        assertThat(f.yen()).isEqualTo(400_000);
        assertThat(f.working()).contains("800,000円 × 1/2 = 400,000円").contains("上限 1,000,000円");
    }

    @Test
    void priorityTrackRoundsThreeQuartersDownToTheThousand() {
        var f = SubsidyArithmetic.maxGrant(PRIORITY, 1_000_001, THOUSAND_DOWN);
        assertThat(f.yen()).isEqualTo(750_000);
        assertThat(f.working()).contains("750,000.75円").contains("1,000円未満切り捨て");
    }

    @Test
    void capsBindExactlyAtAndAboveTheirLine() {
        assertThat(SubsidyArithmetic.maxGrant(NORMAL, 2_000_000, THOUSAND_DOWN).yen()).isEqualTo(1_000_000);
        assertThat(SubsidyArithmetic.maxGrant(NORMAL, 2_000_001, THOUSAND_DOWN).yen()).isEqualTo(1_000_000);
        assertThat(SubsidyArithmetic.maxGrant(NORMAL, 1_999_998, THOUSAND_DOWN).yen()).isEqualTo(999_000);
        assertThat(SubsidyArithmetic.maxGrant(PRIORITY, 2_000_000, THOUSAND_DOWN).yen()).isEqualTo(1_500_000);
        assertThat(SubsidyArithmetic.maxGrant(SMALL, 100_000, THOUSAND_DOWN).yen()).isEqualTo(100_000);
        assertThat(SubsidyArithmetic.maxGrant(SMALL, 99_999, THOUSAND_DOWN).yen()).isEqualTo(99_000);
        assertThat(SubsidyArithmetic.maxGrant(SMALL, 0, THOUSAND_DOWN).yen()).isZero();
    }

    @Test
    void roundingModesSitOnTheirSteps() {
        assertThat(SubsidyArithmetic.round(1_001_000, NORMAL, new Rounding(1000, RoundingMode.HALF_UP))).isEqualTo(501_000);
        assertThat(SubsidyArithmetic.round(1_000_998, NORMAL, new Rounding(1000, RoundingMode.HALF_UP))).isEqualTo(500_000);
        assertThat(SubsidyArithmetic.round(1_001_000, NORMAL, new Rounding(1000, RoundingMode.DOWN))).isEqualTo(500_000);
        assertThat(SubsidyArithmetic.round(1_000_002, NORMAL, new Rounding(1000, RoundingMode.UP))).isEqualTo(501_000);
        assertThat(SubsidyArithmetic.round(1_000_000, NORMAL, new Rounding(1000, RoundingMode.UP))).isEqualTo(500_000);
        assertThat(SubsidyArithmetic.round(1_000_001, PRIORITY, new Rounding(1, RoundingMode.DOWN))).isEqualTo(750_000);
        assertThat(SubsidyArithmetic.round(1_000_002, PRIORITY, new Rounding(1, RoundingMode.HALF_UP))).isEqualTo(750_002);
    }

    @Test
    void ineligibleCategoriesAreFlaggedAndLeftOutOfTheTotal() {
        var lines = SubsidyArithmetic.checkPlanned(List.of(new Line("FEES", "講師謝金", 300_000),
                new Line("ALCOHOL", "打ち上げの酒", 20_000), new Line("UNKNOWN", "その他", 5_000)), RULES);
        assertThat(SubsidyArithmetic.total(lines)).isEqualTo(325_000);
        assertThat(SubsidyArithmetic.eligibleTotal(lines)).isEqualTo(300_000);
        assertThat(lines.get(1).reason()).isEqualTo("酒類は対象外（酒類は対象になりません）");
        assertThat(lines.get(2).reason()).contains("UNKNOWN");
    }

    @Test
    void receiptsBeforeTheDecisionDoNotCount() {
        LocalDate decided = LocalDate.of(2026, 6, 1);
        var lines = SubsidyArithmetic.checkActual(List.of(new Line("FEES", "講師謝金", 100_000, LocalDate.of(2026, 5, 31)),
                new Line("FEES", "講師謝金", 200_000, decided), new Line("CONSUMABLES", "紙", 1_000, null)), RULES, decided);
        assertThat(lines).extracting(SubsidyArithmetic.CheckedLine::eligible).containsExactly(false, true, false);
        assertThat(lines.get(0).reason()).contains("2026年5月31日").contains("交付決定日（2026年6月1日）より前");
        assertThat(SubsidyArithmetic.eligibleTotal(lines)).isEqualTo(200_000);
    }

    @Test
    void finalAmountIsTheLowestOfGrantRateAndCap() {
        var f = SubsidyArithmetic.finalAmount(400_000, 700_000, NORMAL, THOUSAND_DOWN);
        assertThat(f.yen()).isEqualTo(350_000);
        assertThat(f.working()).contains("交付決定額 400,000円").contains("= 350,000円");
        assertThat(SubsidyArithmetic.finalAmount(400_000, 900_000, NORMAL, THOUSAND_DOWN).yen()).isEqualTo(400_000);
        assertThat(SubsidyArithmetic.finalAmount(1_500_000, 3_000_000, PRIORITY, THOUSAND_DOWN).yen()).isEqualTo(1_500_000);
        assertThat(SubsidyArithmetic.finalAmount(400_000, 0, NORMAL, THOUSAND_DOWN).yen()).isZero();
    }

    @Test
    void anAdvanceAboveTheFinalAmountIsRepaid() {
        assertThat(SubsidyArithmetic.settle(350_000, 400_000)).isEqualTo(new SubsidyArithmetic.Settlement(0, 50_000));
        assertThat(SubsidyArithmetic.settle(350_000, 100_000)).isEqualTo(new SubsidyArithmetic.Settlement(250_000, 0));
        assertThat(SubsidyArithmetic.settle(350_000, 350_000)).isEqualTo(new SubsidyArithmetic.Settlement(0, 0));
    }

    @Test
    void aChangeOfMoreThanTheThresholdNeedsApproval() {
        assertThat(SubsidyArithmetic.needsApproval(1_000_000, 1_200_000, false, 20)).isFalse();
        assertThat(SubsidyArithmetic.needsApproval(1_000_000, 1_200_001, false, 20)).isTrue();
        assertThat(SubsidyArithmetic.needsApproval(1_000_000, 800_000, false, 20)).isFalse();
        assertThat(SubsidyArithmetic.needsApproval(1_000_000, 799_999, false, 20)).isTrue();
        assertThat(SubsidyArithmetic.needsApproval(1_000_000, 1_000_000, true, 20)).isTrue();
    }

    @Test
    void theReportIsDueThirtyDaysAfterTheEndButNoLaterThanTheFixedDate() {
        var deadline = RULES.report();
        FiscalYear fy = new FiscalYear(2026);
        assertThat(deadline.dueFor(LocalDate.of(2026, 10, 31), fy)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(deadline.dueFor(LocalDate.of(2027, 3, 31), fy)).isEqualTo(LocalDate.of(2027, 4, 10));
        assertThat(deadline.dueFor(LocalDate.of(2027, 3, 11), fy)).isEqualTo(LocalDate.of(2027, 4, 10));
        assertThat(deadline.dueFor(LocalDate.of(2027, 3, 10), fy)).isEqualTo(LocalDate.of(2027, 4, 9));
    }

    @Test
    void areasRouteToTheirProgrammeAndEveryOtherAddressToTheOneWithoutAreas() {
        var rules = new SubsidyRules(List.of(
                new SubsidyRules.Programme("KOMANOSATO", "駒の里", "望月支所", "dept-mochizuki", List.of("佐久市望月"), "佐望"),
                new SubsidyRules.Programme("SAKUTTO", "佐久っと", "広報広聴課", "dept-koho", List.of(), "佐広")),
                List.of(), List.of(), THOUSAND_DOWN, List.of(), 20, null, List.of(), List.of(), null, null, List.of());
        assertThat(rules.programmeFor("長野県佐久市望月262-2").orElseThrow().code()).isEqualTo("KOMANOSATO");
        assertThat(rules.programmeFor("長野県佐久市臼田1").orElseThrow().code()).isEqualTo("SAKUTTO");
        assertThat(RULES.combinable("長野県 地域発元気づくり支援金")).isTrue();
        assertThat(RULES.combinable("国の補助金")).isFalse();
    }
}
