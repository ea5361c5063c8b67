package jp.kyodoflow.portal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.subsidy.SubsidyApplications;
import jp.kyodoflow.subsidy.SubsidyRulebook;
import jp.kyodoflow.subsidy.SubsidyViews;
import jp.kyodoflow.subsidy.SubsidyViews.ApplicationView;
import jp.kyodoflow.tasks.WorkService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the subsidy's マイページ pages share: the group's own application (another group's, or one staff may read
 * elsewhere, is "not found" here), the application page with an action's refusal, the expense categories to choose
 * from, and the group's process task of the case, completed through the tasks module as in Tasklist.
 */
@Component
class SubsidyCasePage {

    private final SubsidyApplications applications;
    private final SubsidyRulebook rulebook;
    private final WorkService work;
    private final SubsidyFormSupport support;
    private final Clock clock;

    SubsidyCasePage(SubsidyApplications applications, SubsidyRulebook rulebook, WorkService work,
                    SubsidyFormSupport support, Clock clock) {
        this.applications = applications;
        this.rulebook = rulebook;
        this.work = work;
        this.support = support;
        this.clock = clock;
    }

    ApplicationView own(CurrentUser me, long id) {
        ApplicationView a = applications.view(me, id);
        if (!me.actsFor(a.groupId())) {
            throw new NotFoundException("申請が見つかりません");
        }
        return a;
    }

    /** The application page; {@code action} names the section of a refused action and its message. */
    ModelAndView page(CurrentUser me, long id, Model model, String action, String error, Map<String, ?> kept) {
        ApplicationView a = own(me, id);
        model.addAttribute("a", a);
        model.addAttribute("ledger", applications.ledger(me, id));
        model.addAttribute("failedAction", action);
        model.addAttribute("actionError", error);
        model.addAttribute("kept", kept == null ? Map.of() : kept);
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        choices(a).categories().forEach(c -> labels.put(c.code(), c.label()));
        model.addAttribute("categoryLabels", labels);
        model.addAttribute("toBePaid", a.finalYen() == null ? 0 : Math.max(0, a.finalYen() - a.advancedYen()));
        model.addAttribute("advanceRoom", a.grantedYen() == null ? 0 : Math.max(0, a.grantedYen() - a.advancedYen()));
        return new ModelAndView("portal/subsidy-application", model.asMap(), error == null ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
    }

    /** What the forms offer to choose: tracks, priority themes and expense categories of the year's rules. */
    record Choices(List<SubsidyViews.TrackView> tracks, List<String> themes, List<SubsidyViews.CategoryView> categories) {
        static Choices of(SubsidyViews.CallView call) {
            return new Choices(call.tracks(), call.priorityThemes(), call.categories());
        }
    }

    /** The open call's choices, else those of the rules of the application's fiscal year. */
    Choices choices(ApplicationView a) {
        return applications.openCall().map(Choices::of).orElseGet(() -> {
            FiscalYear year = a == null || a.content().periodFrom() == null ? FiscalYear.current(clock)
                    : FiscalYear.of(a.content().periodFrom());
            var rules = rulebook.current(year).rules();
            return new Choices(rules.tracks().stream().map(t -> new SubsidyViews.TrackView(t.code(), t.label(), t.capYen(),
                    t.rateLabel(), t.review() == jp.kyodoflow.subsidy.SubsidyRules.Review.DOCUMENTS ? "書類審査"
                            : "審査会（公開ヒアリング）", t.needsTheme())).toList(), rules.priorityThemes(),
                    rules.expenseCategories().stream().map(c -> new SubsidyViews.CategoryView(c.code(), c.label(),
                            c.eligible(), c.reason())).toList());
        });
    }

    /**
     * Completes the group's open task {@code taskKey} of this application's case. The case is found from the task's
     * own variables ({@code applicationId}, or the case label the process carries, which starts with the key SA-…).
     */
    void completeGroupTask(CurrentUser me, ApplicationView a, String taskKey, Map<String, Object> values) {
        WorkService.TaskView task = work.myTasksOfKey(me, taskKey, jp.kyodoflow.common.Paging.MAX_SIZE).stream()
                .filter(t -> ofCase(work.task(me, t.id()).variables(), a)).findFirst()
                .orElseThrow(() -> new BusinessRuleException(support.message("subsidy.noTask")));
        work.complete(me, task.id(), values);
    }

    private static boolean ofCase(Map<String, Object> variables, ApplicationView a) {
        Object id = variables.get("applicationId");
        if (id != null) {
            return String.valueOf(a.id()).equals(String.valueOf(id));
        }
        Object label = variables.get("caseLabel");
        return label != null && (label.toString().equals(a.key()) || label.toString().startsWith(a.key() + " "));
    }
}
