package jp.kyodoflow.proposals;

import static jp.kyodoflow.proposals.ProposalRules.ROW_MAX;
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
    static List<String> draftProblems(ProposalContent c) {
        List<String> out = new ArrayList<>();
        ProposalRules.TEXTS.forEach(t -> maxLength(t.label(), t.value().apply(c), t.max(), out));
        maxLength("協働の形態", c.collaborationForm(), CODE_MAX, out);
        rowCounts(c, out);
        controlCharacters(c, out);
        for (int i = 0; i < Math.min(c.targets().size(), TARGETS_MAX); i++) {
            Target t = c.targets().get(i);
            maxLength("目標" + (i + 1) + "の内容", t.description(), ROW_MAX, out);
            maxLength("目標" + (i + 1) + "の指標", t.indicator(), ROW_MAX, out);
            maxLength("目標" + (i + 1) + "の目標値", t.targetValue(), ROW_MAX, out);
        }
        eachMaxLength("市の役割", c.cityRoles(), ROLES_MAX, ROW_MAX, out);
        eachMaxLength("団体の役割", c.groupRoles(), ROLES_MAX, ROW_MAX, out);
        eachMaxLength("関係課", c.departments(), DEPARTMENTS_MAX, CODE_MAX, out);
        if (c.projectYear() != null && (c.projectYear() < 1 || c.projectYear() > PROJECT_YEAR_MAX)) {
            out.add("事業の年次（" + c.projectYear() + "年目）は1～" + PROJECT_YEAR_MAX + "年目で入力してください");
        }
        Budget b = c.budget();
        if (b != null) {
            amountIfGiven("自己資金", b.incomeOwnFunds(), out);
            amountIfGiven("市の負担額", b.incomeCityShare(), out);
            amountIfGiven("その他の収入", b.incomeOther(), out);
            for (int i = 0; i < Math.min(b.expenses().size(), EXPENSES_MAX); i++) {
                Expense e = b.expenses().get(i);
                String row = "支出" + (i + 1) + "の";
                maxLength(row + "費目", e.category(), CODE_MAX, out);
                maxLength(row + "内容", e.description(), ROW_MAX, out);
                amountIfGiven(row + "金額", e.amount(), out);
            }
        }
        return List.copyOf(out);
    }

    /** Rows sent count, blank ones included: they are stored with the proposal. */
    static void rowCounts(ProposalContent c, List<String> out) {
        rowCount("目標", c.targets().size(), TARGETS_MAX, out);
        rowCount("市の役割", c.cityRoles().size(), ROLES_MAX, out);
        rowCount("団体の役割", c.groupRoles().size(), ROLES_MAX, out);
        rowCount("関係課", c.departments().size(), DEPARTMENTS_MAX, out);
        if (c.budget() != null) {
            rowCount("支出", c.budget().expenses().size(), EXPENSES_MAX, out);
        }
    }

    private static void rowCount(String label, int rows, int max, List<String> out) {
        if (rows > max) {
            out.add(label + "の行が多すぎます（" + rows + "行、上限" + max + "行）");
        }
    }

    /** Line breaks and tabs are allowed in the long texts; no other control character anywhere. */
    static void controlCharacters(ProposalContent c, List<String> out) {
        List<String> labels = new ArrayList<>();
        ProposalRules.TEXTS.forEach(t -> checkText(t.label(), t.value().apply(c), t.multiLine(), labels));
        checkText("協働の形態", c.collaborationForm(), false, labels);
        for (Target t : c.targets()) {
            checkText("目標", t.description(), true, labels);
            checkText("目標", t.indicator(), true, labels);
            checkText("目標", t.targetValue(), true, labels);
        }
        c.cityRoles().forEach(r -> checkText("市の役割", r, true, labels));
        c.groupRoles().forEach(r -> checkText("団体の役割", r, true, labels));
        c.departments().forEach(d -> checkText("関係課", d, false, labels));
        if (c.budget() != null) {
            for (Expense e : c.budget().expenses()) {
                checkText("支出の費目", e.category(), false, labels);
                checkText("支出の内容", e.description(), true, labels);
            }
        }
        labels.stream().distinct().forEach(l -> out.add(l + "に使えない文字（制御文字）が含まれています"));
    }

    private static void checkText(String label, String value, boolean multiLine, List<String> labels) {
        if (value != null && value.chars().anyMatch(ch -> Character.isISOControl(ch)
                && !(multiLine && (ch == '\n' || ch == '\r' || ch == '\t')))) {
            labels.add(label);
        }
    }

    private static void eachMaxLength(String label, List<String> values, int rows, int max, List<String> out) {
        for (int i = 0; i < Math.min(values.size(), rows); i++) {
            maxLength(label + (i + 1), values.get(i), max, out);
        }
    }

    private static void amountIfGiven(String label, Long yen, List<String> out) {
        if (yen != null) {
            amount(label, yen, out);
        }
    }
}
