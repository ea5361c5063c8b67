package jp.kyodoflow.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import jp.kyodoflow.proposals.ProposalContent.Budget;
import jp.kyodoflow.proposals.ProposalContent.Expense;
import jp.kyodoflow.proposals.ProposalContent.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProposalRulesTest {

    static final Set<String> DEPARTMENTS = Set.of("市民協働推進課", "こども家庭課", "防災課");

    /** Sagamihara-like: 90 % → 80 % → 70 %, at most ¥500,000 a year, FY2026 (令和8年度). */
    static RoundRules round(List<Integer> rates, long cap) {
        return new RoundRules(2026, OffsetDateTime.parse("2026-01-05T09:00:00+09:00"),
                OffsetDateTime.parse("2026-02-04T17:00:00+09:00"), true, LocalDate.of(2026, 1, 20), true, rates, cap,
                true);
    }

    static final RoundRules SAGAMIHARA = round(List.of(90, 80, 70), 500_000);

    /**
     * A consistent year-1 proposal: expenses 500,000 = city share 450,000 (exactly the maximum) + own funds 30,000
     * + other income 20,000.
     */
    static final class Draft {
        String title = "地域で見守る子ども食堂ネットワーク";
        String problem = "ひとり親家庭の子どもが夕食を一人でとっている";
        String purpose = "子どもの居場所を地域に増やす";
        List<Target> targets = new ArrayList<>(List.of(new Target("子ども食堂の開催", "開催回数", "年24回")));
        String content = "月2回、公民館で子ども食堂を開く";
        String expectedEffect = "見守りの目が増える";
        String whyCollaboration = "市は対象家庭への周知、団体は運営を担う";
        String collaborationForm = "SUBSIDY";
        List<String> cityRoles = new ArrayList<>(List.of("対象家庭への周知", "会場の確保"));
        List<String> groupRoles = new ArrayList<>(List.of("食堂の運営"));
        LocalDate periodFrom = LocalDate.of(2026, 4, 1);
        LocalDate periodTo = LocalDate.of(2027, 3, 31);
        Integer projectYear = 1;
        List<String> departments = new ArrayList<>(List.of("こども家庭課"));
        Long own = 30_000L;
        Long cityShare = 450_000L;
        Long other = 20_000L;
        List<Expense> expenses = new ArrayList<>(List.of(new Expense("謝金", "栄養士", 200_000L),
                new Expense("旅費", "視察", 100_000L), new Expense("印刷製本費", "チラシ", 150_000L),
                new Expense("消耗品費", "食器", 50_000L)));
        boolean withBudget = true;

        ProposalContent build() {
            Budget budget = withBudget ? new Budget(own, cityShare, other, expenses) : null;
            return new ProposalContent(title, problem, purpose, targets, content, expectedEffect, whyCollaboration,
                    collaborationForm, cityRoles, groupRoles, periodFrom, periodTo, projectYear, departments, budget);
        }

        /** A single expense line of the given cost, the city share as given and the rest as own funds. */
        Draft cost(long total, long city) {
            expenses = new ArrayList<>(List.of(new Expense("委託料", "会場設営", total)));
            cityShare = city;
            own = total - city;
            other = 0L;
            return this;
        }
    }

    static List<String> problems(Draft d) {
        return ProposalRules.problems(d.build(), SAGAMIHARA, DEPARTMENTS);
    }

    static Draft draft(Consumer<Draft> change) {
        Draft d = new Draft();
        change.accept(d);
        return d;
    }

    @Test
    void aConsistentProposalHasNoProblems() {
        assertThat(problems(new Draft())).isEmpty();
    }

    @Test
    void categoriesAndFormsAreTheAgreedCodes() {
        assertThat(ProposalRules.EXPENSE_CATEGORIES).containsExactly("謝金", "旅費", "印刷製本費", "消耗品費", "通信運搬費",
                "使用料及び賃借料", "委託料", "保険料", "その他");
        assertThat(ProposalRules.COLLABORATION_FORMS).containsExactly("SUBSIDY", "COHOSTING", "COMMISSION",
                "COOPERATION_AGREEMENT", "EXECUTIVE_COMMITTEE");
    }

    static Stream<Arguments> singleViolations() {
        return Stream.of(
                // required fields
                violation(d -> d.title = null, "事業名が入力されていません"),
                violation(d -> d.title = "　 ", "事業名が入力されていません"),
                violation(d -> d.problem = "", "地域の課題が入力されていません"),
                violation(d -> d.purpose = null, "事業の目的が入力されていません"),
                violation(d -> d.content = null, "事業の内容が入力されていません"),
                violation(d -> d.expectedEffect = null, "期待される効果が入力されていません"),
                violation(d -> d.whyCollaboration = null, "協働で行う理由が入力されていません"),
                violation(d -> d.collaborationForm = null, "協働の形態が選択されていません"),
                violation(d -> d.periodFrom = null, "事業期間の開始日が入力されていません"),
                violation(d -> d.periodTo = null, "事業期間の終了日が入力されていません"),
                violation(d -> d.projectYear = null, "事業の年次が入力されていません"),
                violation(d -> d.departments = List.of(), "関係課が1つも選択されていません"),
                violation(d -> d.targets = List.of(), "目標が1件も入力されていません"),
                violation(d -> d.targets = List.of(new Target("", "開催回数", "年24回")), "目標1の内容が入力されていません"),
                violation(d -> d.targets = List.of(new Target("開催", "開催回数", " ")), "目標1の目標値が入力されていません"),
                violation(d -> d.cityRoles = List.of(), "市の役割が1件も入力されていません"),
                violation(d -> d.groupRoles = List.of(), "団体の役割が1件も入力されていません"),
                violation(d -> d.withBudget = false, "収支予算が入力されていません"),
                violation(d -> d.expenses = List.of(), "支出が1件も入力されていません"),
                // lengths
                violation(d -> d.title = "あ".repeat(101), "事業名が長すぎます（101文字、上限100文字）"),
                violation(d -> d.content = "あ".repeat(4001), "事業の内容が長すぎます（4001文字、上限4000文字）"),
                violation(d -> d.whyCollaboration = "あ".repeat(4001), "協働で行う理由が長すぎます（4001文字、上限4000文字）"),
                violation(d -> d.cityRoles = List.of("周知", "あ".repeat(501)), "市の役割2が長すぎます（501文字、上限500文字）"),
                violation(d -> d.groupRoles = List.of("あ".repeat(501)), "団体の役割1が長すぎます（501文字、上限500文字）"),
                violation(d -> d.targets = List.of(new Target("あ".repeat(501), null, "24回")),
                        "目標1の内容が長すぎます（501文字、上限500文字）"),
                violation(d -> d.targets = List.of(new Target("開催", "あ".repeat(501), "24回")),
                        "目標1の指標が長すぎます（501文字、上限500文字）"),
                // choices
                violation(d -> d.collaborationForm = "ENDORSEMENT", "協働の形態「ENDORSEMENT」は選択できません"),
                violation(d -> d.departments = List.of("こども家庭課", "観光課"), "関係課「観光課」は登録されていません"),
                violation(d -> d.expenses.set(1, new Expense("飲食費", "懇親会", 100_000L)),
                        "支出2の費目「飲食費」は対象の費目ではありません"),
                violation(d -> d.expenses.set(1, new Expense(" ", "視察", 100_000L)), "支出2の費目が選択されていません"),
                // period and year
                violation(d -> d.periodFrom = LocalDate.of(2026, 3, 20),
                        "事業期間（2026年3月20日～2027年3月31日）が令和8年度（2026年4月1日～2027年3月31日）に収まっていません"),
                violation(d -> d.periodTo = LocalDate.of(2027, 4, 1),
                        "事業期間（2026年4月1日～2027年4月1日）が令和8年度（2026年4月1日～2027年3月31日）に収まっていません"),
                violation(d -> { d.periodFrom = LocalDate.of(2027, 3, 1); d.periodTo = LocalDate.of(2026, 10, 1); },
                        "事業期間の開始日（2027年3月1日）が終了日（2026年10月1日）より後です"),
                violation(d -> d.projectYear = 4, "事業の年次（4年目）は対象外です：この募集で提案できるのは1～3年目です"),
                violation(d -> d.projectYear = 0, "事業の年次（0年目）は対象外です：この募集で提案できるのは1～3年目です"),
                // amounts
                violation(d -> d.own = null, "自己資金が入力されていません"),
                violation(d -> d.cityShare = null, "市の負担額が入力されていません"),
                violation(d -> d.other = null, "その他の収入が入力されていません"),
                violation(d -> d.other = -1L, "その他の収入が0円未満です（-1円）"),
                violation(d -> d.expenses.set(0, new Expense("謝金", "栄養士", null)), "支出1の金額が入力されていません"),
                violation(d -> d.expenses.set(0, new Expense("謝金", "栄養士", -200_000L)), "支出1の金額が0円未満です（-200,000円）"),
                violation(d -> d.own = 100_000_000_001L,
                        "自己資金が大きすぎます（100,000,000,001円、上限100,000,000,000円）"),
                violation(d -> d.own = 40_000L, "収入合計（510,000円）と支出合計（500,000円）が一致しません"),
                violation(d -> d.other = 0L, "収入合計（480,000円）と支出合計（500,000円）が一致しません"),
                violation(d -> { d.own = 29_999L; d.cityShare = 450_001L; },
                        "市の負担額（450,001円）が上限を超えています：1年目の負担割合90%では最大450,000円（上限500,000円）"));
    }

    static Arguments violation(Consumer<Draft> change, String expected) {
        return Arguments.of(change, expected);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("singleViolations")
    void eachRuleViolatedAloneGivesExactlyItsMessage(Consumer<Draft> change, String expected) {
        assertThat(problems(draft(change))).containsExactly(expected);
    }

    @Test
    void lengthLimitsAreInclusiveAndCountCharactersNotUtf16Units() {
        assertThat(problems(draft(d -> d.title = "あ".repeat(100)))).isEmpty();
        assertThat(problems(draft(d -> d.title = "𠮷".repeat(100)))).isEmpty();
        assertThat(problems(draft(d -> d.problem = "あ".repeat(4000)))).isEmpty();
        assertThat(problems(draft(d -> d.groupRoles = List.of("あ".repeat(500))))).isEmpty();
    }

    @Test
    void yearOneMaximumIsNinetyPercentAndTheBoundaryPasses() {
        assertThat(ProposalRules.maxCityShare(SAGAMIHARA, 1, 500_000)).isEqualTo(450_000);
        assertThat(problems(new Draft().cost(500_000, 450_000))).isEmpty();
        assertThat(problems(new Draft().cost(500_000, 450_001))).containsExactly(
                "市の負担額（450,001円）が上限を超えています：1年目の負担割合90%では最大450,000円（上限500,000円）");
    }

    @Test
    void yearTwoIsLimitedByTheCapWhenEightyPercentWouldBeMore() {
        assertThat(ProposalRules.maxCityShare(SAGAMIHARA, 2, 700_000)).isEqualTo(500_000);
        Draft atCap = new Draft().cost(700_000, 500_000);
        atCap.projectYear = 2;
        assertThat(problems(atCap)).isEmpty();
        Draft overCap = new Draft().cost(700_000, 500_001);
        overCap.projectYear = 2;
        assertThat(problems(overCap)).containsExactly(
                "市の負担額（500,001円）が上限を超えています：2年目の負担割合80%では最大500,000円（上限500,000円）");
        Draft byRate = new Draft().cost(500_000, 460_000);
        byRate.projectYear = 2;
        assertThat(problems(byRate)).containsExactly(
                "市の負担額（460,000円）が上限を超えています：2年目の負担割合80%では最大400,000円（上限500,000円）");
    }

    @Test
    void yearThreeRateIsSeventyPercent() {
        assertThat(ProposalRules.maxCityShare(SAGAMIHARA, 3, 500_000)).isEqualTo(350_000);
        Draft atMax = new Draft().cost(500_000, 350_000);
        atMax.projectYear = 3;
        assertThat(problems(atMax)).isEmpty();
        Draft over = new Draft().cost(500_000, 350_001);
        over.projectYear = 3;
        assertThat(problems(over)).containsExactly(
                "市の負担額（350,001円）が上限を超えています：3年目の負担割合70%では最大350,000円（上限500,000円）");
    }

    @Test
    void theMaximumIsRoundedDownToTheYen() {
        assertThat(ProposalRules.maxCityShare(SAGAMIHARA, 1, 333_333)).isEqualTo(299_999);
        assertThat(ProposalRules.maxCityShare(SAGAMIHARA, 3, 99)).isEqualTo(69);
        assertThat(ProposalRules.maxCityShare(round(List.of(90), Long.MAX_VALUE), 1, Long.MAX_VALUE))
                .isEqualTo(Long.MAX_VALUE / 10 * 9 + 6);
    }

    @Test
    void aProjectYearWithoutRateIsRefused() {
        assertThatThrownBy(() -> ProposalRules.maxCityShare(SAGAMIHARA, 4, 500_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProposalRules.maxCityShare(SAGAMIHARA, 0, 500_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProposalRules.maxCityShare(SAGAMIHARA, 1, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ProposalRules.problems(new Draft().build(), round(List.of(), 500_000), DEPARTMENTS))
                .containsExactly("事業の年次（1年目）は対象外です：この募集には年次ごとの市の負担割合が設定されていません");
        Draft second = new Draft();
        second.projectYear = 2;
        assertThat(ProposalRules.problems(second.build(), round(List.of(100), 500_000), DEPARTMENTS))
                .containsExactly("事業の年次（2年目）は対象外です：この募集で提案できるのは1年目のみです");
    }

    @Test
    void theGroupMustBringItsOwnShareUnlessTheRateIsAHundredPercent() {
        assertThat(problems(new Draft().cost(400_000, 400_000))).containsExactly(
                "市の負担額（400,000円）が上限を超えています：1年目の負担割合90%では最大360,000円（上限500,000円）");
        var themeTrack = round(List.of(100), 500_000);
        assertThat(ProposalRules.problems(new Draft().cost(400_000, 400_000).build(), themeTrack, DEPARTMENTS)).isEmpty();
    }

    @Test
    void blankRowsFromFormsAreIgnored() {
        Draft d = new Draft();
        d.targets.add(new Target("", " ", null));
        d.cityRoles.add("");
        d.groupRoles.add(0, "　");
        d.departments.add(" ");
        d.expenses.add(1, new Expense(null, "", null));
        assertThat(problems(d)).isEmpty();
    }

    @Test
    void onlyBlankRowsCountAsNone() {
        Draft d = new Draft();
        d.targets = List.of(new Target(" ", "", null));
        d.cityRoles = List.of("");
        d.expenses = List.of(new Expense("", null, null));
        d.own = 0L;
        d.cityShare = 0L;
        assertThat(problems(d)).containsExactly("目標が1件も入力されていません", "市の役割が1件も入力されていません",
                "支出が1件も入力されていません");
    }

    @Test
    void rowNumbersFollowTheFormEvenAfterBlankRows() {
        Draft d = new Draft();
        d.targets = List.of(new Target("", "", ""), new Target("開催", "回数", ""));
        assertThat(problems(d)).containsExactly("目標2の目標値が入力されていません");
    }

    @Test
    void oneMissingAmountDoesNotCascadeIntoTotals() {
        Draft d = new Draft();
        d.cityShare = null;
        d.expenses.add(new Expense("その他", "予備費", 999_999L));
        assertThat(problems(d)).containsExactly("市の負担額が入力されていません");
    }

    @Test
    void independentProblemsAreAllReportedInFormOrder() {
        Draft d = new Draft();
        d.title = null;
        d.departments = List.of("観光課");
        d.periodTo = LocalDate.of(2027, 6, 30);
        d.own = 80_000L;
        d.cityShare = 500_000L;
        d.expenses.set(0, new Expense("飲食費", "懇親会", 200_000L));
        assertThat(problems(d)).containsExactly("事業名が入力されていません", "関係課「観光課」は登録されていません",
                "事業期間（2026年4月1日～2027年6月30日）が令和8年度（2026年4月1日～2027年3月31日）に収まっていません",
                "支出1の費目「飲食費」は対象の費目ではありません", "収入合計（600,000円）と支出合計（500,000円）が一致しません",
                "市の負担額（500,000円）が上限を超えています：1年目の負担割合90%では最大450,000円（上限500,000円）");
    }
}
