package jp.kyodoflow.themes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.common.JapaneseFormat;
import jp.kyodoflow.proposals.ProposalRules;

/** What keeps a theme draft or a call's window from being accepted; each problem is a sentence for the person. */
final class ThemeRules {

    static final int TITLE_MAX = 100;
    static final int TEXT_MAX = 4000;
    /** A sanity bound on a theme's ceiling (10億円), so that a typo cannot publish an absurd amount. */
    static final long CEILING_MAX = 1_000_000_000L;

    private ThemeRules() {
    }

    static List<String> draftProblems(ThemeInputs.ThemeDraft d, FiscalYear current) {
        List<String> out = new ArrayList<>();
        text(out, d.title(), "テーマ名", TITLE_MAX);
        text(out, d.problem(), "解決したい課題", TEXT_MAX);
        text(out, d.desiredOutcome(), "目指す成果", TEXT_MAX);
        text(out, d.expectedWork(), "想定する事業内容", TEXT_MAX);
        if (d.fiscalYear() < current.year() || d.fiscalYear() > current.year() + 1) {
            out.add("実施年度は" + current.label() + "か" + current.next().label() + "にしてください");
        }
        if (d.budgetCeilingYen() == null || d.budgetCeilingYen() < 0 || d.budgetCeilingYen() > CEILING_MAX) {
            out.add("市の負担額の上限（円）を0円以上" + JapaneseFormat.yen(CEILING_MAX) + "以下で入力してください");
        }
        if (d.fundingRate() == null || d.fundingRate() < 1 || d.fundingRate() > 100) {
            out.add("市の負担割合（%）を1〜100で入力してください（10/10 は 100）");
        }
        if (d.collaborationForm() == null || !ProposalRules.COLLABORATION_FORMS.contains(d.collaborationForm())) {
            out.add("協働の形態を選んでください");
        }
        period(out, d.periodFrom(), d.periodTo(), new FiscalYear(d.fiscalYear()));
        return out;
    }

    private static void period(List<String> out, LocalDate from, LocalDate to, FiscalYear year) {
        if (from == null || to == null) {
            out.add("事業期間（開始日・終了日）を入力してください");
        } else if (from.isAfter(to)) {
            out.add("事業期間の開始日（" + JapaneseFormat.day(from) + "）が終了日（" + JapaneseFormat.day(to) + "）より後です");
        } else if (!year.contains(from) || !year.contains(to)) {
            out.add("事業期間は実施年度（" + year.label() + "：" + JapaneseFormat.day(year.firstDay()) + "〜"
                    + JapaneseFormat.day(year.lastDay()) + "）の中にしてください");
        }
    }

    /** A window (opens, closes, the Q&A cut-off, the 事前協議 cut-off where a theme needs one) that can be published now. */
    static List<String> windowProblems(ThemeInputs.Window w, OffsetDateTime now, boolean preConsultationNeeded) {
        List<String> out = new ArrayList<>();
        if (w.opensAt() == null || w.closesAt() == null || !w.opensAt().isBefore(w.closesAt())) {
            out.add("募集期間（開始・締切）を正しく入力してください");
        } else if (!w.closesAt().isAfter(now)) {
            out.add("募集の締切（" + JapaneseFormat.dayTime(w.closesAt()) + "）が過ぎています");
        }
        if (w.questionsCloseAt() == null) {
            out.add("質問の受付期限を入力してください");
        } else if (w.closesAt() != null && w.questionsCloseAt().isAfter(w.closesAt())) {
            out.add("質問の受付期限は募集の締切（" + JapaneseFormat.dayTime(w.closesAt()) + "）までにしてください");
        } else if (w.opensAt() != null && !w.questionsCloseAt().isAfter(w.opensAt())) {
            out.add("質問の受付期限は募集の開始より後にしてください");
        }
        if (preConsultationNeeded && w.preConsultationCutoff() == null) {
            out.add("事前協議が必要なテーマがあるため、事前協議の期限を入力してください");
        }
        return out;
    }

    private static void text(List<String> out, String value, String label, int max) {
        if (value == null || value.isBlank()) {
            out.add(label + "を入力してください");
        } else if (value.length() > max) {
            out.add(label + "は" + max + "文字以内にしてください（現在" + value.length() + "文字）");
        }
    }
}
