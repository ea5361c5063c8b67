package jp.kyodoflow.portal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.agreements.AgreementService.AgreementView;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.evaluation.EvaluationItem;
import jp.kyodoflow.projects.ProjectArrangements;
import jp.kyodoflow.projects.ProjectQueries;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.tasks.WorkService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The group's project pages: the project's progress and what the group is expected to do by when, the agreement
 * (its text as both signers read it, the current version and the earlier ones, read-only), the group's answer to
 * the agreement and its self-evaluation. The answers complete the group's own Camunda tasks (協定の確認・署名,
 * 自己評価) through {@link WorkService#complete} — the same call the API makes and the same task Tasklist shows, so
 * the door guard, the task's listener and the projects module's rules decide. A refusal shows the page again with
 * what the group entered and the Japanese reason; it changes nothing.
 */
@Controller
@RequestMapping("/mypage/projects/{projectId}")
class GroupProjectPages {

    /** The sheet's items and their scale are the evaluation module's (rules.md §8), not a copy. */
    static final List<String> ITEMS = java.util.Arrays.stream(EvaluationItem.values()).map(Enum::name).toList();
    static final String SCALE_ERROR = EvaluationItem.MIN + "〜" + EvaluationItem.MAX + "のいずれかを選んでください";

    private final GroupProjects groupProjects;
    private final ProjectArrangements arrangements;
    private final WorkService work;

    GroupProjectPages(GroupProjects groupProjects, ProjectArrangements arrangements, WorkService work) {
        this.groupProjects = groupProjects;
        this.arrangements = arrangements;
        this.work = work;
    }

    @GetMapping
    String project(@AuthenticationPrincipal CurrentUser me, @PathVariable long projectId, Model model) {
        ProjectQueries.ProjectDetail d = groupProjects.own(me, projectId);
        model.addAttribute("d", d);
        model.addAttribute("p", d.project());
        model.addAttribute("tasks", groupProjects.tasks(me, d.project()));
        model.addAttribute("evaluations", d.evaluations().stream().filter(e -> !"DEPARTMENT_SELF".equals(e.kind())).toList());
        return "portal/group-project";
    }

    /** The version the group works on now: the latest. */
    @GetMapping("/agreement")
    String currentAgreement(@AuthenticationPrincipal CurrentUser me, @PathVariable long projectId) {
        List<AgreementView> versions = groupProjects.own(me, projectId).agreements();
        if (versions.isEmpty()) {
            throw new NotFoundException("協定が見つかりません");
        }
        return "redirect:/mypage/projects/" + projectId + "/agreements/" + versions.get(versions.size() - 1).id();
    }

    @GetMapping("/agreements/{agreementId}")
    String agreement(@AuthenticationPrincipal CurrentUser me, @PathVariable long projectId, @PathVariable long agreementId,
                     Model model) {
        return agreementPage(me, projectId, agreementId, model, null, null, null);
    }

    @PostMapping("/agreements/{agreementId}/answer")
    String answer(@AuthenticationPrincipal CurrentUser me, @PathVariable long projectId, @PathVariable long agreementId,
                  @RequestParam(required = false) String decision, @RequestParam(required = false) String comment,
                  Model model) {
        ProjectQueries.ProjectDetail d = groupProjects.own(me, projectId);
        AgreementView a = version(d, agreementId);
        WorkService.TaskView task = signTaskFor(me, d, a)
                .orElseThrow(() -> new NotFoundException("回答できる協定がありません（すでに回答済みか、署名の段階ではありません）"));
        if (!"SIGN".equals(decision) && !"REQUEST_CHANGES".equals(decision)) {
            return agreementPage(me, projectId, agreementId, model, decision, comment, "署名するか、修正を求めるかを選んでください");
        }
        Map<String, Object> values = new HashMap<>();
        values.put("groupSignDecision", decision);
        values.put("groupSignComment", comment == null ? "" : comment);
        try {
            work.complete(me, task.id(), values);
        } catch (BusinessRuleException refused) {
            return agreementPage(me, projectId, agreementId, model, decision, comment, message(refused));
        }
        return "redirect:/mypage/projects/" + projectId + "/agreements/" + agreementId + "?answered="
                + ("SIGN".equals(decision) ? "signed" : "changes");
    }

    @GetMapping("/self-evaluation")
    String selfEvaluation(@AuthenticationPrincipal CurrentUser me, @PathVariable long projectId, Model model) {
        ProjectQueries.ProjectDetail d = groupProjects.own(me, projectId);
        groupProjects.task(me, d.project(), GroupProjects.SELF_EVALUATE)
                .orElseThrow(() -> new NotFoundException("自己評価のタスクはありません"));
        return selfEvaluationPage(d, model, Map.of(), Map.of(), null);
    }

    @PostMapping("/self-evaluation")
    String submitSelfEvaluation(@AuthenticationPrincipal CurrentUser me, @PathVariable long projectId,
                                @RequestParam Map<String, String> form, Model model) {
        ProjectQueries.ProjectDetail d = groupProjects.own(me, projectId);
        WorkService.TaskView task = groupProjects.task(me, d.project(), GroupProjects.SELF_EVALUATE)
                .orElseThrow(() -> new NotFoundException("自己評価のタスクはありません"));
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> sheet = new HashMap<>();
        for (String item : ITEMS) {
            String v = form.get(item);
            Integer score = v == null || !v.matches("\\d") ? null : Integer.valueOf(v);
            if (score == null || score < EvaluationItem.MIN || score > EvaluationItem.MAX) {
                errors.put(item, SCALE_ERROR);
            } else {
                sheet.put(item, score);
            }
        }
        String comment = form.getOrDefault("comment", "");
        if (comment.length() > 2000) {
            errors.put("comment", "所見は2000文字以内で入力してください");
        }
        sheet.put("comment", comment);
        if (!errors.isEmpty()) {
            return selfEvaluationPage(d, model, form, errors, "入力内容を確認してください");
        }
        try {
            work.complete(me, task.id(), Map.of("groupEvaluation", sheet));
        } catch (BusinessRuleException refused) {
            return selfEvaluationPage(d, model, form, errors, message(refused));
        }
        return "redirect:/mypage/projects/" + projectId + "?evaluated";
    }

    private String agreementPage(CurrentUser me, long projectId, long agreementId, Model model, String decision,
                                 String comment, String error) {
        ProjectQueries.ProjectDetail d = groupProjects.own(me, projectId);
        AgreementView a = version(d, agreementId);
        model.addAttribute("p", d.project());
        model.addAttribute("a", a);
        model.addAttribute("versions", d.agreements());
        model.addAttribute("text", arrangements.agreementSummary(agreementId));
        model.addAttribute("canAnswer", signTaskFor(me, d, a).isPresent());
        model.addAttribute("signTask", signTaskFor(me, d, a).orElse(null));
        model.addAttribute("decision", decision);
        model.addAttribute("comment", comment);
        model.addAttribute("error", error);
        return "portal/group-agreement";
    }

    private String selfEvaluationPage(ProjectQueries.ProjectDetail d, Model model, Map<String, String> values,
                                      Map<String, String> errors, String error) {
        model.addAttribute("p", d.project());
        model.addAttribute("items", EvaluationItem.values());
        model.addAttribute("scaleMin", EvaluationItem.MIN);
        model.addAttribute("scaleMax", EvaluationItem.MAX);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("error", error);
        return "portal/group-self-evaluation";
    }

    /** The group's signing task, when this version is the one waiting for the group's answer. */
    private java.util.Optional<WorkService.TaskView> signTaskFor(CurrentUser me, ProjectQueries.ProjectDetail d,
                                                                 AgreementView a) {
        List<AgreementView> versions = d.agreements();
        boolean current = !versions.isEmpty() && versions.get(versions.size() - 1).id().equals(a.id())
                && "DRAFT".equals(a.status());
        return current ? groupProjects.task(me, d.project(), GroupProjects.SIGN) : java.util.Optional.empty();
    }

    private static AgreementView version(ProjectQueries.ProjectDetail d, long agreementId) {
        return d.agreements().stream().filter(v -> v.id() == agreementId).findFirst()
                .orElseThrow(() -> new NotFoundException("協定が見つかりません"));
    }

    private static String message(BusinessRuleException e) {
        return e.reasons() == null || e.reasons().isEmpty() ? e.getMessage()
                : e.getMessage() + "（" + String.join("／", e.reasons()) + "）";
    }
}
