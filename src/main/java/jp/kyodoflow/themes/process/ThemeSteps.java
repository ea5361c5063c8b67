package jp.kyodoflow.themes.process;

import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.ForbiddenException;
import jp.kyodoflow.security.EngineAccess;
import jp.kyodoflow.themes.ThemeCalls;
import jp.kyodoflow.themes.ThemeInputs;
import jp.kyodoflow.themes.ThemeSelection;
import jp.kyodoflow.themes.ThemeService;
import jp.kyodoflow.workflow.Actor;
import jp.kyodoflow.workflow.CaseKeys;
import jp.kyodoflow.workflow.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Service tasks of AdministrationThemeProcess and AdministrationCallProcess. */
@Component("themeSteps")
public class ThemeSteps {

    private final ThemeService themes;
    private final ThemeCalls calls;
    private final ThemeSelection selection;
    private final EngineAccess engine;

    ThemeSteps(ThemeService themes, ThemeCalls calls, ThemeSelection selection, EngineAccess engine) {
        this.themes = themes;
        this.calls = calls;
        this.selection = selection;
        this.engine = engine;
    }

    /** Task_RecordTheme: the start form becomes the theme of the starter's department, under the key TH-…. */
    public void recordTheme(DelegateExecution execution) {
        // who drafted it is the start event's initiator, which the engine writes from the login (no form has this key)
        String initiator = Actor.starter(execution, "initiator");
        if (Actor.SYSTEM.equals(initiator)) {
            throw new BusinessRuleException("テーマを作成した職員を特定できません。ログインしてから作成してください");
        }
        long id;
        try {
            id = themes.record(ThemeForms.draft(execution), initiator, engine.lookup(initiator).departments(),
                    execution.getProcessInstanceId());
        } catch (ForbiddenException e) {
            // inside the engine only our BusinessRuleException reaches every door (Tasklist's start form too) as a 4xx
            throw new BusinessRuleException(e.getMessage());
        }
        execution.setProcessBusinessKey(CaseKeys.key(CaseKeys.THEME, id));
        execution.setVariable("themeDepartment", themes.departmentOf(id));
        execution.setVariable("caseLabel", "TH-" + id + " " + FormValues.of(execution).text("title"));
    }

    /** Task_CloseSubmissions. */
    public void closeSubmissions(DelegateExecution execution) {
        calls.close(callId(execution));
    }

    /** Task_PrepareSelection: the theme's candidates and department, local to this theme's instance. */
    public void prepareSelection(DelegateExecution execution) {
        long themeId = themeId(execution);
        var sheet = selection.sheet(callId(execution), themeId);
        execution.setVariableLocal("candidateCount", sheet.candidates().size());
        execution.setVariableLocal("themeDepartment", themes.departmentOf(themeId));
        execution.setVariableLocal("themeTitle", sheet.themeTitle());
        // the approver's and the department's tasks name the theme, not only the call (one call holds several themes)
        execution.setVariableLocal("caseLabel", "TH-" + themeId + " " + sheet.themeTitle());
    }

    /** Task_RepublishTheme: the new call with the window the department gave (kept local to this theme's instance). */
    public void republishTheme(DelegateExecution execution) {
        ThemeInputs.Window w = FormValues.JSON.convertValue(FormValues.of(execution).object("republishWindow"),
                ThemeInputs.Window.class);
        selection.republish(callId(execution), themeId(execution), w);
    }

    /** Task_FinishCall. */
    public void finishCall(DelegateExecution execution) {
        calls.finish(callId(execution));
    }

    static long callId(DelegateExecution execution) {
        return CaseKeys.id(execution, CaseKeys.THEME_CALL);
    }

    /** The multi-instance element variable, which only the call's own step wrote (no form has this key). */
    static long themeId(DelegateExecution execution) {
        Object v = execution.getVariable("themeId");
        if (v instanceof Number n) {
            return n.longValue();
        }
        throw new IllegalStateException("no themeId in " + execution.getId());
    }
}
