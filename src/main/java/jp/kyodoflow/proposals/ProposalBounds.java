package jp.kyodoflow.proposals;

import static jp.kyodoflow.proposals.ProposalRules.ROW_MAX;
import static jp.kyodoflow.proposals.ProposalRules.add;
import static jp.kyodoflow.proposals.ProposalRules.amount;
import static jp.kyodoflow.proposals.ProposalRules.maxLength;

import java.util.ArrayList;
import java.util.List;
import jp.kyodoflow.proposals.ProposalContent.Budget;
import jp.kyodoflow.proposals.ProposalContent.Expense;
import jp.kyodoflow.proposals.ProposalContent.Target;

/**
 * The bounds every stored proposal keeps, a draft included: lengths, rows no more than a form
 * has, amounts from 0 to {@link ProposalRules#AMOUNT_MAX}, and no control characters (which
 * PostgreSQL cannot store in JSON). {@link ProposalRules} adds completeness and consistency for
 * a submission. Pure and unit-tested.
 */
final class ProposalBounds {

    /** Codes (form, department, category) are short; a draft may hold any text there, but not a long one. */
    static final int CODE_MAX = 64;
    static final int TARGETS_MAX = 20;
    static final int ROLES_MAX = 20;
    static final int DEPARTMENTS_MAX = 20;
    static final int EXPENSES_MAX = 100;
    static final int PROJECT_YEAR_MAX = 10;

    private ProposalBounds() {
    }

    /**
     * What even a draft may not be: it may be incomplete, but never longer than the limits, with
     * more rows than a form has, with amounts below zero or above {@link ProposalRules#AMOUNT_MAX}, or with
     * control characters (which PostgreSQL cannot store in JSON).
     *
     * @return the sentences for the group; empty when the draft can be saved
     */
    static List<ProposalProblem> draftProblems(ProposalContent c) {
        List<ProposalProblem> out = new ArrayList<>();
        ProposalRules.TEXTS.forEach(t -> maxLength(t.field(), t.label(), t.value().apply(c), t.max(), out));
        maxLength("collaborationForm", "協働の形態", c.collaborationForm(), CODE_MAX, out);
        rowCounts(c, out);
        controlCharacters(c, out);
        for (int i = 0; i < Math.min(c.targets().size(), TARGETS_MAX); i++) {
            Target t = c.targets().get(i);
            String path = "targets[" + i + "].";
            maxLength(path + "description", "目標" + (i + 1) + "の内容", t.description(), ROW_MAX, out);
            maxLength(path + "indicator", "目標" + (i + 1) + "の指標", t.indicator(), ROW_MAX, out);
            maxLength(path + "targetValue", "目標" + (i + 1) + "の目標値", t.targetValue(), ROW_MAX, out);
        }
        eachMaxLength("cityRoles", "市の役割", c.cityRoles(), ROLES_MAX, ROW_MAX, out);
        eachMaxLength("groupRoles", "団体の役割", c.groupRoles(), ROLES_MAX, ROW_MAX, out);
        eachMaxLength("departments", "関係課", c.departments(), DEPARTMENTS_MAX, CODE_MAX, out);
        if (c.projectYear() != null && (c.projectYear() < 1 || c.projectYear() > PROJECT_YEAR_MAX)) {
            add(out, "projectYear", "事業の年次（" + c.projectYear() + "年目）は1～" + PROJECT_YEAR_MAX + "年目で入力してください");
        }
        Budget b = c.budget();
        if (b != null) {
            amountIfGiven("budget.incomeOwnFunds", "自己資金", b.incomeOwnFunds(), out);
            amountIfGiven("budget.incomeCityShare", "市の負担額", b.incomeCityShare(), out);
            amountIfGiven("budget.incomeOther", "その他の収入", b.incomeOther(), out);
            for (int i = 0; i < Math.min(b.expenses().size(), EXPENSES_MAX); i++) {
                Expense e = b.expenses().get(i);
                String row = "支出" + (i + 1) + "の";
                String path = "budget.expenses[" + i + "].";
                maxLength(path + "category", row + "費目", e.category(), CODE_MAX, out);
                maxLength(path + "description", row + "内容", e.description(), ROW_MAX, out);
                amountIfGiven(path + "amount", row + "金額", e.amount(), out);
            }
        }
        return List.copyOf(out);
    }

    /** Rows sent count, blank ones included: they are stored with the proposal. */
    static void rowCounts(ProposalContent c, List<ProposalProblem> out) {
        rowCount("targets", "目標", c.targets().size(), TARGETS_MAX, out);
        rowCount("cityRoles", "市の役割", c.cityRoles().size(), ROLES_MAX, out);
        rowCount("groupRoles", "団体の役割", c.groupRoles().size(), ROLES_MAX, out);
        rowCount("departments", "関係課", c.departments().size(), DEPARTMENTS_MAX, out);
        if (c.budget() != null) {
            rowCount("budget.expenses", "支出", c.budget().expenses().size(), EXPENSES_MAX, out);
        }
    }

    private static void rowCount(String field, String label, int rows, int max, List<ProposalProblem> out) {
        if (rows > max) {
            add(out, field, label + "の行が多すぎます（" + rows + "行、上限" + max + "行）");
        }
    }

    /** Line breaks and tabs are allowed in the long texts; no other control character anywhere. */
    static void controlCharacters(ProposalContent c, List<ProposalProblem> out) {
        java.util.Map<String, String> labels = new java.util.LinkedHashMap<>(); // label -> the first field that has it
        ProposalRules.TEXTS.forEach(t -> checkText(t.field(), t.label(), t.value().apply(c), t.multiLine(), labels));
        checkText("collaborationForm", "協働の形態", c.collaborationForm(), false, labels);
        for (int i = 0; i < c.targets().size(); i++) {
            Target t = c.targets().get(i);
            String path = "targets[" + i + "].";
            checkText(path + "description", "目標", t.description(), true, labels);
            checkText(path + "indicator", "目標", t.indicator(), true, labels);
            checkText(path + "targetValue", "目標", t.targetValue(), true, labels);
        }
        for (int i = 0; i < c.cityRoles().size(); i++) {
            checkText("cityRoles[" + i + "]", "市の役割", c.cityRoles().get(i), true, labels);
        }
        for (int i = 0; i < c.groupRoles().size(); i++) {
            checkText("groupRoles[" + i + "]", "団体の役割", c.groupRoles().get(i), true, labels);
        }
        c.departments().forEach(d -> checkText("departments", "関係課", d, false, labels));
        if (c.budget() != null) {
            for (int i = 0; i < c.budget().expenses().size(); i++) {
                Expense e = c.budget().expenses().get(i);
                checkText("budget.expenses[" + i + "].category", "支出の費目", e.category(), false, labels);
                checkText("budget.expenses[" + i + "].description", "支出の内容", e.description(), true, labels);
            }
        }
        labels.forEach((label, field) -> add(out, field, label + "に使えない文字（制御文字）が含まれています"));
    }

    private static void checkText(String field, String label, String value, boolean multiLine, java.util.Map<String, String> labels) {
        if (value != null && value.chars().anyMatch(ch -> Character.isISOControl(ch)
                && !(multiLine && (ch == '\n' || ch == '\r' || ch == '\t')))) {
            labels.putIfAbsent(label, field);
        }
    }

    private static void eachMaxLength(String field, String label, List<String> values, int rows, int max,
                                      List<ProposalProblem> out) {
        for (int i = 0; i < Math.min(values.size(), rows); i++) {
            maxLength(field.equals("departments") ? field : field + "[" + i + "]", label + (i + 1), values.get(i), max, out);
        }
    }

    private static void amountIfGiven(String field, String label, Long yen, List<ProposalProblem> out) {
        if (yen != null) {
            amount(field, label, yen, out);
        }
    }
}
