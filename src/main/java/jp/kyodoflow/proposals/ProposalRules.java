package jp.kyodoflow.proposals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.common.JapaneseFormat;
import jp.kyodoflow.proposals.ProposalContent.Budget;
import jp.kyodoflow.proposals.ProposalContent.Expense;
import jp.kyodoflow.proposals.ProposalContent.Target;

/**
 * The consistency rules of a citizen proposal (processes.md §2 step 3; the cost sharing of
 * rules.md §3 as configured in {@link RoundRules}). Pure and unit-tested.
 *
 * <p>Blank rows that forms send (a target, role, department or expense whose fields are all
 * blank) are ignored. Totals and the city share are checked only when every amount is valid, so
 * that one missing number does not produce a cascade of messages.
 */
public final class ProposalRules {

    /** 費目 of the expense lines; the Japanese names are the codes. */
    public static final List<String> EXPENSE_CATEGORIES = List.of("謝金", "旅費", "印刷製本費", "消耗品費", "通信運搬費",
            "使用料及び賃借料", "委託料", "保険料", "その他");

    /** The forms a citizen proposal may take: 補助, 共催, 委託, 事業協力・協定, 実行委員会 (in this order). */
    public static final Set<String> COLLABORATION_FORMS = Collections.unmodifiableSet(new LinkedHashSet<>(
            List.of("SUBSIDY", "COHOSTING", "COMMISSION", "COOPERATION_AGREEMENT", "EXECUTIVE_COMMITTEE")));

    static final int TITLE_MAX = 100;
    static final int TEXT_MAX = 4000;

    /** A text of the proposal: its label for the group, its limit, and whether it may hold line breaks. */
    record Text(String label, java.util.function.Function<ProposalContent, String> value, int max, boolean multiLine) {
    }

    /** The proposal's own texts, required on submission and bounded in every draft. */
    static final List<Text> TEXTS = List.of(
            new Text("事業名", ProposalContent::title, TITLE_MAX, false),
            new Text("地域の課題", ProposalContent::problem, TEXT_MAX, true),
            new Text("事業の目的", ProposalContent::purpose, TEXT_MAX, true),
            new Text("事業の内容", ProposalContent::content, TEXT_MAX, true),
            new Text("期待される効果", ProposalContent::expectedEffect, TEXT_MAX, true),
            new Text("協働で行う理由", ProposalContent::whyCollaboration, TEXT_MAX, true));
    static final int ROW_MAX = 500;
    /** Far above any collaboration project; keeps every sum within a long. */
    static final long AMOUNT_MAX = 100_000_000_000L;

    private ProposalRules() {
    }

    /** @return what is inconsistent, as sentences for the group; empty when the proposal is consistent. */
    public static List<String> problems(ProposalContent c, RoundRules round, Set<String> knownDepartments) {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(knownDepartments, "knownDepartments");
        List<String> out = new ArrayList<>();
        ProposalBounds.rowCounts(c, out);
        if (!out.isEmpty()) {
            return List.copyOf(out); // first the rows beyond the form, not a message for each of them
        }
        texts(c, out);
        ProposalBounds.controlCharacters(c, out);
        targets(c.targets(), out);
        roles("市の役割", c.cityRoles(), out);
        roles("団体の役割", c.groupRoles(), out);
        collaborationForm(c.collaborationForm(), out);
        departments(c.departments(), knownDepartments, out);
        period(c.periodFrom(), c.periodTo(), new FiscalYear(round.fiscalYear()), out);
        boolean yearValid = projectYear(c.projectYear(), round.cityShareRates().size(), out);
        budget(c.budget(), yearValid ? c.projectYear() : null, round, out);
        return List.copyOf(out);
    }

    /**
     * What even a draft may not be (see {@link ProposalBounds}): too long, too many rows, amounts
     * out of range, control characters.
     *
     * @return the sentences for the group; empty when the draft can be saved
     */
    public static List<String> draftProblems(ProposalContent c) {
        return ProposalBounds.draftProblems(c);
    }

    /**
     * The most the city may pay: the project year's rate of the total expenses, rounded down to
     * the yen, and never more than the cap.
     *
     * @throws IllegalArgumentException if the round has no rate for projectYear or totalExpenses is negative
     */
    public static long maxCityShare(RoundRules round, int projectYear, long totalExpenses) {
        List<Integer> rates = round.cityShareRates();
        if (projectYear < 1 || projectYear > rates.size()) {
            throw new IllegalArgumentException("no city share rate for project year " + projectYear);
        }
        if (totalExpenses < 0) {
            throw new IllegalArgumentException("negative total expenses: " + totalExpenses);
        }
        long rate = rates.get(projectYear - 1);
        // floor(total × rate / 100), split so that the product cannot overflow
        long byRate = totalExpenses / 100 * rate + totalExpenses % 100 * rate / 100;
        return Math.min(round.capYen(), byRate);
    }

    private static void texts(ProposalContent c, List<String> out) {
        TEXTS.forEach(t -> requiredText(t.label(), t.value().apply(c), t.max(), out));
    }

    private static void targets(List<Target> targets, List<String> out) {
        boolean any = false;
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            if (isBlank(t.description()) && isBlank(t.indicator()) && isBlank(t.targetValue())) {
                continue;
            }
            any = true;
            String row = "目標" + (i + 1) + "の";
            requiredText(row + "内容", t.description(), ROW_MAX, out);
            maxLength(row + "指標", t.indicator(), ROW_MAX, out);
            requiredText(row + "目標値", t.targetValue(), ROW_MAX, out);
        }
        if (!any) {
            out.add("目標が1件も入力されていません");
        }
    }

    private static void roles(String label, List<String> roles, List<String> out) {
        boolean any = false;
        for (int i = 0; i < roles.size(); i++) {
            if (!isBlank(roles.get(i))) {
                any = true;
                maxLength(label + (i + 1), roles.get(i), ROW_MAX, out);
            }
        }
        if (!any) {
            out.add(label + "が1件も入力されていません");
        }
    }

    private static void collaborationForm(String form, List<String> out) {
        if (isBlank(form)) {
            out.add("協働の形態が選択されていません");
        } else if (!COLLABORATION_FORMS.contains(form)) {
            out.add("協働の形態「" + form + "」は選択できません");
        }
    }

    private static void departments(List<String> departments, Set<String> known, List<String> out) {
        List<String> named = departments.stream().filter(d -> !isBlank(d)).distinct().toList();
        if (named.isEmpty()) {
            out.add("関係課が1つも選択されていません");
        }
        named.stream().filter(d -> !known.contains(d)).forEach(d -> out.add("関係課「" + d + "」は登録されていません"));
    }

    private static void period(LocalDate from, LocalDate to, FiscalYear year, List<String> out) {
        if (from == null) {
            out.add("事業期間の開始日が入力されていません");
        }
        if (to == null) {
            out.add("事業期間の終了日が入力されていません");
        }
        if (from == null || to == null) {
            return;
        }
        if (from.isAfter(to)) {
            out.add("事業期間の開始日（" + date(from) + "）が終了日（" + date(to) + "）より後です");
        }
        if (!year.contains(from) || !year.contains(to)) {
            out.add("事業期間（" + date(from) + "～" + date(to) + "）が" + year.label() + "（" + date(year.firstDay())
                    + "～" + date(year.lastDay()) + "）に収まっていません");
        }
    }

    private static boolean projectYear(Integer year, int years, List<String> out) {
        if (year == null) {
            out.add("事業の年次が入力されていません");
            return false;
        }
        if (year < 1 || year > years) {
            out.add("事業の年次（" + year + "年目）は対象外です：" + allowedYears(years));
            return false;
        }
        return true;
    }

    private static String allowedYears(int years) {
        return switch (years) {
            case 0 -> "この募集には年次ごとの市の負担割合が設定されていません";
            case 1 -> "この募集で提案できるのは1年目のみです";
            default -> "この募集で提案できるのは1～" + years + "年目です";
        };
    }

    /** @param projectYear null when the year is invalid: the city share is then not checked */
    private static void budget(Budget b, Integer projectYear, RoundRules round, List<String> out) {
        if (b == null) {
            out.add("収支予算が入力されていません");
            return;
        }
        boolean valid = amount("自己資金", b.incomeOwnFunds(), out);
        valid &= amount("市の負担額", b.incomeCityShare(), out);
        valid &= amount("その他の収入", b.incomeOther(), out);
        valid &= expenses(b.expenses(), out);
        if (!valid) {
            return;
        }
        long income = b.incomeOwnFunds() + b.incomeCityShare() + b.incomeOther();
        long expenses = b.expenses().stream().filter(e -> !isBlank(e)).mapToLong(Expense::amount).sum();
        if (income != expenses) {
            out.add("収入合計（" + yen(income) + "）と支出合計（" + yen(expenses) + "）が一致しません");
        }
        if (projectYear != null) {
            cityShare(b.incomeCityShare(), expenses, projectYear, round, out);
        }
    }

    /** @return true when there is at least one expense and every amount is valid */
    private static boolean expenses(List<Expense> expenses, List<String> out) {
        boolean any = false;
        boolean amountsValid = true;
        for (int i = 0; i < expenses.size(); i++) {
            Expense e = expenses.get(i);
            if (isBlank(e)) {
                continue;
            }
            any = true;
            String row = "支出" + (i + 1) + "の";
            if (isBlank(e.category())) {
                out.add(row + "費目が選択されていません");
            } else if (!EXPENSE_CATEGORIES.contains(e.category())) {
                out.add(row + "費目「" + e.category() + "」は対象の費目ではありません");
            }
            maxLength(row + "内容", e.description(), ROW_MAX, out);
            amountsValid &= amount(row + "金額", e.amount(), out);
        }
        if (!any) {
            out.add("支出が1件も入力されていません");
        }
        return any && amountsValid;
    }

    private static void cityShare(long requested, long totalExpenses, int projectYear, RoundRules round,
                                  List<String> out) {
        long max = maxCityShare(round, projectYear, totalExpenses);
        if (requested > max) {
            int rate = round.cityShareRates().get(projectYear - 1);
            out.add("市の負担額（" + yen(requested) + "）が上限を超えています：" + projectYear + "年目の負担割合" + rate
                    + "%では最大" + yen(max) + "（上限" + yen(round.capYen()) + "）");
        }
    }

    static boolean amount(String label, Long yen, List<String> out) {
        if (yen == null) {
            out.add(label + "が入力されていません");
        } else if (yen < 0) {
            out.add(label + "が0円未満です（" + yen(yen) + "）");
        } else if (yen > AMOUNT_MAX) {
            out.add(label + "が大きすぎます（" + yen(yen) + "、上限" + yen(AMOUNT_MAX) + "）");
        } else {
            return true;
        }
        return false;
    }

    private static void requiredText(String label, String value, int max, List<String> out) {
        if (isBlank(value)) {
            out.add(label + "が入力されていません");
        } else {
            maxLength(label, value, max, out);
        }
    }

    static void maxLength(String label, String value, int max, List<String> out) {
        int length = value == null ? 0 : value.codePointCount(0, value.length());
        if (length > max) {
            out.add(label + "が長すぎます（" + length + "文字、上限" + max + "文字）");
        }
    }

    private static boolean isBlank(Expense e) {
        return isBlank(e.category()) && isBlank(e.description()) && e.amount() == null;
    }

    /** Also true for full-width spaces only. */
    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static String yen(long amount) {
        return JapaneseFormat.yen(amount);
    }

    private static String date(LocalDate d) {
        return JapaneseFormat.day(d);
    }
}
