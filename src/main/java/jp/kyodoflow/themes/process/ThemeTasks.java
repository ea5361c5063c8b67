package jp.kyodoflow.themes.process;

import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.themes.ThemeCalls;
import jp.kyodoflow.themes.ThemeQuestions;
import jp.kyodoflow.themes.ThemeSelection;
import jp.kyodoflow.themes.ThemeService;
import jp.kyodoflow.workflow.Actor;
import jp.kyodoflow.workflow.CaseKeys;
import jp.kyodoflow.workflow.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Task listeners of the administration-proposed scheme's processes: what each form shows and what its answer does. */
@Component("themeTasks")
public class ThemeTasks {

    private final ThemeService themes;
    private final ThemeCalls calls;
    private final ThemeSelection selection;
    private final ThemeQuestions questions;

    ThemeTasks(ThemeService themes, ThemeCalls calls, ThemeSelection selection, ThemeQuestions questions) {
        this.themes = themes;
        this.calls = calls;
        this.selection = selection;
        this.questions = questions;
    }

    // ---- AdministrationThemeProcess ----

    public void prepareThemeSummary(DelegateTask task) {
        task.setVariableLocal("themeSummary", themes.summary(themeId(task)));
    }

    public void reviewTheme(DelegateTask task) {
        FormValues v = FormValues.of(task);
        boolean forwarded = themes.review(themeId(task), v.text("reviewDecision"), v.text("reviewComment"), Actor.of(task));
        task.getExecution().setVariable("themeForwarded", forwarded);
    }

    public void approveTheme(DelegateTask task) {
        FormValues v = FormValues.of(task);
        boolean approved = themes.approve(themeId(task), v.text("approvalDecision"), v.text("approvalReason"), Actor.of(task));
        task.getExecution().setVariable("themeApproved", approved);
    }

    public void prepareRevision(DelegateTask task) {
        Map<String, Object> values = themes.formValuesOf(themeId(task));
        task.setVariableLocal("returnReason", values.get("returnReason"));
    }

    public void reviseTheme(DelegateTask task) {
        themes.revise(themeId(task), ThemeForms.draft(task), Actor.of(task));
    }

    // ---- AdministrationCallProcess ----

    public void prepareReview(DelegateTask task) {
        task.setVariableLocal("readinessSummary", calls.readiness(callId(task)));
    }

    public void startThemeReview(DelegateTask task) {
        if (!FormValues.of(task).flag("startReview")) {
            throw new BusinessRuleException("審査を開始する場合は「審査会を開始する」にチェックしてください");
        }
        ThemeCalls.Review review = calls.startReview(callId(task), Actor.of(task));
        task.getExecution().setVariable("committeeRoundIds", new java.util.ArrayList<>(review.committeeRoundIds()));
        task.getExecution().setVariable("reviewCount", review.committeeRoundIds().size());
        task.getExecution().setVariable("themeIds", new java.util.ArrayList<>(review.themeIds()));
    }

    public void prepareSelection(DelegateTask task) {
        long callId = callId(task);
        long themeId = themeIdOfInstance(task);
        task.setVariableLocal("rankingSummary", selection.sheet(callId, themeId).summary());
        task.setVariableLocal("partnerOptions", SpinValues.jsonValue(FormValues.JSON.valueToTree(
                selection.options(callId, themeId)).toString()).create());
    }

    public void selectThemePartner(DelegateTask task) {
        FormValues v = FormValues.of(task);
        boolean selected = selection.select(callId(task), themeIdOfInstance(task), v.text("partner"), v.text("selectionReason"),
                Actor.of(task));
        task.getExecution().setVariableLocal("partnerSelected", selected);
    }

    public void prepareFuture(DelegateTask task) {
        task.setVariableLocal("outcomeSummary", selection.sheet(callId(task), themeIdOfInstance(task)).summary());
    }

    public void decideThemeFuture(DelegateTask task) {
        FormValues v = FormValues.of(task);
        var window = ThemeForms.window(task);
        String decision = selection.decideFuture(callId(task), themeIdOfInstance(task), v.text("themeFuture"), window,
                v.text("futureReason"), Actor.of(task));
        task.getExecution().setVariableLocal("themeFuture", decision);
        task.getExecution().setVariableLocal("republishWindow",
                SpinValues.jsonValue(FormValues.JSON.valueToTree(window).toString()).create());
    }

    // ---- ThemeQuestionProcess ----

    public void prepareAnswer(DelegateTask task) {
        task.setVariableLocal("questionText", questions.questionText(questionId(task)));
    }

    public void answerQuestion(DelegateTask task) {
        questions.answer(questionId(task), FormValues.of(task).text("answer"), Actor.of(task));
    }

    private static long themeId(DelegateTask task) {
        return CaseKeys.id(task, CaseKeys.THEME);
    }

    private static long callId(DelegateTask task) {
        return CaseKeys.id(task, CaseKeys.THEME_CALL);
    }

    private static long questionId(DelegateTask task) {
        return CaseKeys.id(task, CaseKeys.THEME_QUESTION);
    }

    /** In the call's per-theme instance: the multi-instance element variable (no form has this key). */
    private static long themeIdOfInstance(DelegateTask task) {
        return ThemeSteps.themeId(task.getExecution());
    }
}
