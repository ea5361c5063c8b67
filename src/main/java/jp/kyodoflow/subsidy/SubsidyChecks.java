package jp.kyodoflow.subsidy;

import java.util.ArrayList;
import java.util.List;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.subsidy.SubsidyApplication.Finding;
import jp.kyodoflow.subsidy.SubsidyArithmetic.CheckedLine;

/** The checks of an application: what the form must hold, and what 要件審査 finds (rules.md §1, §2, §5). */
final class SubsidyChecks {

    private SubsidyChecks() {
    }

    /** What a group must fix before it can submit (the form's own rules); refuses with every reason at once. */
    static void requireWellFormed(SubsidyInputs.Application in, SubsidyRules rules, FiscalYear year) {
        List<String> reasons = new ArrayList<>();
        SubsidyRules.Track track = rules.tracks().stream().filter(t -> t.code().equals(in.track())).findFirst().orElse(null);
        if (track == null) {
            reasons.add("申請の区分を選んでください");
        } else if (track.needsTheme()) {
            if (in.theme() == null || !rules.priorityThemes().contains(in.theme())) {
                reasons.add(track.label() + "は、今年度の重点テーマから一つ選んでください");
            }
        } else if (in.theme() != null && !in.theme().isBlank()) {
            reasons.add(track.label() + "ではテーマを選びません");
        }
        if (in.periodFrom() != null && in.periodTo() != null) {
            if (in.periodTo().isBefore(in.periodFrom())) {
                reasons.add("事業期間の終わりが始まりより前です");
            }
            if (!year.contains(in.periodFrom()) || !year.contains(in.periodTo())) {
                reasons.add("事業期間は" + year.label() + "（" + year.firstDay() + "〜" + year.lastDay() + "）の中にしてください");
            }
        }
        for (SubsidyInputs.BudgetLine l : in.lines()) {
            if (rules.category(l.category()).isEmpty()) {
                reasons.add("経費「" + l.description() + "」の区分を選んでください");
            }
        }
        if (in.requestedYen() <= 0) {
            reasons.add("申請額を入力してください");
        }
        if (!reasons.isEmpty()) {
            throw new BusinessRuleException("申請の内容を確認してください", reasons);
        }
    }

    static void requireCategory(String code, SubsidyRules rules) {
        if (rules.category(code).isEmpty()) {
            throw new BusinessRuleException("経費の区分「" + code + "」はありません。一覧から選んでください");
        }
    }

    static List<SubsidyArithmetic.Line> planned(List<SubsidyInputs.BudgetLine> lines) {
        return lines.stream().map(l -> new SubsidyArithmetic.Line(l.category(), l.description(), l.amountYen())).toList();
    }

    static List<SubsidyArithmetic.Line> actual(List<SubsidyInputs.ActualLine> lines) {
        return lines.stream().map(l -> new SubsidyArithmetic.Line(l.category(), l.description(), l.amountYen(), l.receiptOn()))
                .toList();
    }

    /** 要件審査's findings: the group's standing, flagged lines, other public funds, the request against the maximum. */
    static List<Finding> findings(SubsidyApplication a, SubsidyRules rules, List<String> groupProblems) {
        List<Finding> out = new ArrayList<>();
        groupProblems.forEach(p -> out.add(new Finding("GROUP", "団体の要件：" + p, true)));
        for (CheckedLine c : SubsidyArithmetic.checkPlanned(planned(a.content.lines()), rules)) {
            if (!c.eligible()) {
                out.add(new Finding("LINE", "経費「" + c.line().description() + "」" + SubsidyArithmetic.yen(c.line().amountYen())
                        + "：" + c.reason() + "。対象経費から除きます", false));
            }
        }
        for (SubsidyInputs.Funding f : a.content.otherFunding()) {
            if (rules.combinable(f.fundName())) {
                out.add(new Finding("FUNDING", "「" + f.fundName() + "」は併用できる補助金です", false));
            } else {
                out.add(new Finding("DOUBLE_SUBSIDY", "同じ事業に他の補助金「" + f.fundName() + "」を受けるため、この支援金は受けられません"
                        + "（併用できるのは" + String.join("、", rules.combinableFunds()) + "のみ）", true));
            }
        }
        SubsidyRules.Track track = rules.track(a.trackCode);
        if (a.requestedYen > a.maxYen) {
            out.add(new Finding("ABOVE_MAXIMUM", "申請額 " + SubsidyArithmetic.yen(a.requestedYen) + " が交付できる上限 "
                    + SubsidyArithmetic.yen(a.maxYen) + " を超えています（" + track.label() + "：" + a.maxWorking + "）", true));
        }
        return List.copyOf(out);
    }
}
