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
    record Text(String field, String label, java.util.function.Function<ProposalContent, String> value, int max,
                boolean multiLine) {
    }

    /** The proposal's own texts, required on submission and bounded in every draft. */
    static final List<Text> TEXTS = List.of(
            new Text("title", "事業名", ProposalContent::title, TITLE_MAX, false),
            new Text("problem", "地域の課題", ProposalContent::problem, TEXT_MAX, true),
            new Text("purpose", "事業の目的", ProposalContent::purpose, TEXT_MAX, true),
            new Text("content", "事業の内容", ProposalContent::content, TEXT_MAX, true),
            new Text("expectedEffect", "期待される効果", ProposalContent::expectedEffect, TEXT_MAX, true),
            new Text("whyCollaboration", "協働で行う理由", ProposalContent::whyCollaboration, TEXT_MAX, true));
    static final int ROW_MAX = 500;
    /** Far above any collaboration project; keeps every sum within a long. */
    static final long AMOUNT_MAX = 100_000_000_000L;

    private ProposalRules() {
    }

    /** @return what is inconsistent, as sentences for the group; empty when the proposal is consistent. */
    public static List<String> problems(ProposalContent c, RoundRules round, Set<String> knownDepartments) {
        return messages(fieldProblems(c, round, knownDepartments));
    }

    /** As {@link #problems}, each sentence with the field it belongs to. */
    public static List<ProposalProblem> fieldProblems(ProposalContent c, RoundRules round, Set<String> knownDepartments) {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(knownDepartments, "knownDepartments");
        List<ProposalProblem> out = new ArrayList<>();
        ProposalBounds.rowCounts(c, out);
        if (!out.isEmpty()) {
            return List.copyOf(out); // first the rows beyond the form, not a message for each of them
        }
        texts(c, out);
        ProposalBounds.controlCharacters(c, out);
        targets(c.targets(), out);
        roles("cityRoles", "市の役割", c.cityRoles(), out);
        roles("groupRoles", "団体の役割", c.groupRoles(), out);
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
        return messages(draftFieldProblems(c));
    }

    /** As {@link #draftProblems}, each sentence with the field it belongs to. */
    public static List<ProposalProblem> draftFieldProblems(ProposalContent c) {
        return ProposalBounds.draftProblems(c);
    }

    static List<String> messages(List<ProposalProblem> problems) {
        return problems.stream().map(ProposalProblem::message).toList();
    }

    static void add(List<ProposalProblem> out, String field, String message) {
        out.add(new ProposalProblem(field, message));
    }

    /**
     * The most the city may pay: the project year's rate of the total expenses, rounded down to
     * the yen, and never more than the cap (when the call has one).
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
        return round.capYen() == null ? byRate : Math.min(round.capYen(), byRate);
    }

    private static void texts(ProposalContent c, List<ProposalProblem> out) {
        TEXTS.forEach(t -> requiredText(t.field(), t.label(), t.value().apply(c), t.max(), out));
    }

    private static void targets(List<Target> targets, List<ProposalProblem> out) {
        boolean any = false;
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            if (isBlank(t.description()) && isBlank(t.indicator()) && isBlank(t.targetValue())) {
                continue;
            }
            any = true;
            String row = "目標" + (i + 1) + "の";
            String path = "targets[" + i + "].";
            requiredText(path + "description", row + "内容", t.description(), ROW_MAX, out);
            maxLength(path + "indicator", row + "指標", t.indicator(), ROW_MAX, out);
            requiredText(path + "targetValue", row + "目標値", t.targetValue(), ROW_MAX, out);
        }
        if (!any) {
            add(out, "targets", "目標が1件も入力されていません");
        }
    }

    private static void roles(String field, String label, List<String> roles, List<ProposalProblem> out) {
        boolean any = false;
        for (int i = 0; i < roles.size(); i++) {
            if (!isBlank(roles.get(i))) {
                any = true;
                maxLength(field + "[" + i + "]", label + (i + 1), roles.get(i), ROW_MAX, out);
            }
        }
        if (!any) {
            add(out, field, label + "が1件も入力されていません");
        }
    }

    private static void collaborationForm(String form, List<ProposalProblem> out) {
        if (isBlank(form)) {
            add(out, "collaborationForm", "協働の形態が選択されていません");
        } else if (!COLLABORATION_FORMS.contains(form)) {
            add(out, "collaborationForm", "協働の形態「" + form + "」は選択できません");
        }
    }

    private static void departments(List<String> departments, Set<String> known, List<ProposalProblem> out) {
        List<String> named = departments.stream().filter(d -> !isBlank(d)).distinct().toList();
        if (named.isEmpty()) {
            add(out, "departments", "関係課が1つも選択されていません");
        }
        named.stream().filter(d -> !known.contains(d)).forEach(d -> add(out, "departments", "関係課「" + d + "」は登録されていません"));
    }

    private static void period(LocalDate from, LocalDate to, FiscalYear year, List<ProposalProblem> out) {
        if (from == null) {
            add(out, "periodFrom", "事業期間の開始日が入力されていません");
        }
        if (to == null) {
            add(out, "periodTo", "事業期間の終了日が入力されていません");
        }
        if (from == null || to == null) {
            return;
        }
        if (from.isAfter(to)) {
            add(out, "periodFrom", "事業期間の開始日（" + date(from) + "）が終了日（" + date(to) + "）より後です");
        }
        if (!year.contains(from) || !year.contains(to)) {
            add(out, year.contains(from) ? "periodTo" : "periodFrom", "事業期間（" + date(from) + "～" + date(to) + "）が" + year.label() + "（" + date(year.firstDay())
                    + "～" + date(year.lastDay()) + "）に収まっていません");
        }
    }

    private static boolean projectYear(Integer year, int years, List<ProposalProblem> out) {
        if (year == null) {
            add(out, "projectYear", "事業の年次が入力されていません");
            return false;
        }
        if (year < 1 || year > years) {
            add(out, "projectYear", "事業の年次（" + year + "年目）は対象外です：" + allowedYears(years));
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
    private static void budget(Budget b, Integer projectYear, RoundRules round, List<ProposalProblem> out) {
        if (b == null) {
            add(out, "budget", "収支予算が入力されていません");
            return;
        }
        boolean valid = amount("budget.incomeOwnFunds", "自己資金", b.incomeOwnFunds(), out);
        valid &= amount("budget.incomeCityShare", "市の負担額", b.incomeCityShare(), out);
        valid &= amount("budget.incomeOther", "その他の収入", b.incomeOther(), out);
        valid &= expenses(b.expenses(), out);
        if (!valid) {
            return;
        }
        long income = b.incomeOwnFunds() + b.incomeCityShare() + b.incomeOther();
        long expenses = b.expenses().stream().filter(e -> !isBlank(e)).mapToLong(Expense::amount).sum();
        if (income != expenses) {
            add(out, "budget.balance", "収入合計（" + yen(income) + "）と支出合計（" + yen(expenses) + "）が一致しません");
        }
        if (projectYear != null) {
            cityShare(b.incomeCityShare(), expenses, projectYear, round, out);
        }
    }

    /** @return true when there is at least one expense and every amount is valid */
    private static boolean expenses(List<Expense> expenses, List<ProposalProblem> out) {
        boolean any = false;
        boolean amountsValid = true;
        for (int i = 0; i < expenses.size(); i++) {
            Expense e = expenses.get(i);
            if (isBlank(e)) {
                continue;
            }
            any = true;
            String row = "支出" + (i + 1) + "の";
            String path = "budget.expenses[" + i + "].";
            if (isBlank(e.category())) {
                add(out, path + "category", row + "費目が選択されていません");
            } else if (!EXPENSE_CATEGORIES.contains(e.category())) {
                add(out, path + "category", row + "費目「" + e.category() + "」は対象の費目ではありません");
            }
            maxLength(path + "description", row + "内容", e.description(), ROW_MAX, out);
            amountsValid &= amount(path + "amount", row + "金額", e.amount(), out);
        }
        if (!any) {
            add(out, "budget.expenses", "支出が1件も入力されていません");
        }
        return any && amountsValid;
    }

    private static void cityShare(long requested, long totalExpenses, int projectYear, RoundRules round,
                                  List<ProposalProblem> out) {
        long max = maxCityShare(round, projectYear, totalExpenses);
        if (requested > max) {
            int rate = round.cityShareRates().get(projectYear - 1);
            add(out, "budget.incomeCityShare", "市の負担額（" + yen(requested) + "）が上限を超えています：" + projectYear + "年目の負担割合" + rate
                    + "%では最大" + yen(max) + (round.capYen() == null ? "（上限なし）" : "（上限" + yen(round.capYen()) + "）"));
        }
    }

    static boolean amount(String field, String label, Long yen, List<ProposalProblem> out) {
        if (yen == null) {
            add(out, field, label + "が入力されていません");
        } else if (yen < 0) {
            add(out, field, label + "が0円未満です（" + yen(yen) + "）");
        } else if (yen > AMOUNT_MAX) {
            add(out, field, label + "が大きすぎます（" + yen(yen) + "、上限" + yen(AMOUNT_MAX) + "）");
        } else {
            return true;
        }
        return false;
    }

    private static void requiredText(String field, String label, String value, int max, List<ProposalProblem> out) {
        if (isBlank(value)) {
            add(out, field, label + "が入力されていません");
        } else {
            maxLength(field, label, value, max, out);
        }
    }

    static void maxLength(String field, String label, String value, int max, List<ProposalProblem> out) {
        int length = value == null ? 0 : value.codePointCount(0, value.length());
        if (length > max) {
            add(out, field, label + "が長すぎます（" + length + "文字、上限" + max + "文字）");
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
