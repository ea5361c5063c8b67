package jp.kyodoflow.themes.process;

import jp.kyodoflow.themes.ThemeInputs;
import jp.kyodoflow.workflow.FormValues;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed values of the themes' forms (DraftThemeForm, ReviseThemeForm, DecideThemeFutureForm). */
final class ThemeForms {
    private ThemeForms() {
    }

    static ThemeInputs.ThemeDraft draft(VariableScope scope) {
        FormValues v = FormValues.of(scope);
        Long year = v.number("fiscalYear");
        Long ceiling = v.number("budgetCeilingYen");
        Long rate = v.number("fundingRate");
        return new ThemeInputs.ThemeDraft(year == null ? 0 : Math.toIntExact(year), v.text("title"), v.text("problem"),
                v.text("desiredOutcome"), v.text("expectedWork"), ceiling,
                rate == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, rate)),
                v.date("periodFrom"), v.date("periodTo"), v.text("collaborationForm"), v.flag("preConsultationRequired"));
    }

    static ThemeInputs.Window window(VariableScope scope) {
        FormValues v = FormValues.of(scope);
        return new ThemeInputs.Window(v.dateTime("newOpensAt"), v.dateTime("newClosesAt"),
                v.dateTime("newQuestionsCloseAt"), v.date("newPreConsultationCutoff"));
    }
}
