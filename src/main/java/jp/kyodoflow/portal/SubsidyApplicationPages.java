package jp.kyodoflow.portal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.subsidy.SubsidyApplications;
import jp.kyodoflow.subsidy.SubsidyViews;
import jp.kyodoflow.subsidy.SubsidyViews.ApplicationView;
import jp.kyodoflow.subsidy.SubsidyViews.CallView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A group's subsidy applications in マイページ: the list, the 交付申請 form (to the programme of the group's address),
 * the application's page with its findings, decisions, documents and ledger, the PDFs, and the correction after
 * 差戻し (Task_CorrectApplication). The group comes from the login, the case from the subsidy module's records.
 */
@Controller
@RequestMapping("/mypage/subsidies")
class SubsidyApplicationPages {

    static final String CORRECT_TASK = "Task_CorrectApplication";

    private final SubsidyApplications applications;
    private final SubsidyPages pages;
    private final SubsidyCasePage cases;
    private final SubsidyFormSupport support;
    private final TransactionTemplate transaction;

    SubsidyApplicationPages(SubsidyApplications applications, SubsidyPages pages, SubsidyCasePage cases,
                            SubsidyFormSupport support, TransactionTemplate transaction) {
        this.applications = applications;
        this.pages = pages;
        this.cases = cases;
        this.support = support;
        this.transaction = transaction;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        Map<Long, String> groups = pages.groupsOf(me);
        Map<String, List<SubsidyViews.Summary>> byGroup = new LinkedHashMap<>();
        groups.forEach((id, name) -> byGroup.put(name, applications.mine(me, id)));
        model.addAttribute("groups", groups);
        model.addAttribute("byGroup", byGroup);
        model.addAttribute("call", applications.openCall().orElse(null));
        return "portal/subsidy-mine";
    }

    @GetMapping("/new")
    ModelAndView newForm(@AuthenticationPrincipal CurrentUser me, @RequestParam("group") long groupId, Model model) {
        return form(me, groupId, model, SubsidyForm.blank(), FormErrors.none());
    }

    @PostMapping("/new")
    ModelAndView apply(@AuthenticationPrincipal CurrentUser me, @RequestParam("group") long groupId,
                       @ModelAttribute("form") SubsidyForm form, BindingResult binding,
                       @RequestParam(name = "action", defaultValue = "submit") String action, Model model) {
        if (form.rowAction(action)) {
            return form(me, groupId, model, form, FormErrors.none());
        }
        model.addAttribute("rejected", SubsidyFormSupport.rejected(binding));
        FormErrors errors = binding.hasErrors() ? support.binding(binding) : support.validate(form.toInput());
        if (!errors.isEmpty()) {
            return form(me, groupId, model, form, errors);
        }
        try {
            long id = applications.apply(me, groupId, form.toInput().input());
            return new ModelAndView("redirect:/mypage/subsidies/" + id + "?applied");
        } catch (BusinessRuleException refusal) {
            return form(me, groupId, model, form, support.refusal(refusal));
        }
    }

    @GetMapping("/{id}")
    ModelAndView page(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        return cases.page(me, id, model, null, null, null);
    }

    @GetMapping("/{id}/documents/{documentId}")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                                    @PathVariable long documentId) {
        cases.own(me, id);
        SubsidyViews.Pdf pdf = applications.document(me, id, documentId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(pdf.filename(), StandardCharsets.UTF_8).build().toString())
                .body(pdf.bytes());
    }

    @GetMapping("/{id}/correct")
    ModelAndView correctForm(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        ApplicationView a = cases.own(me, id);
        if (!a.actions().contains("CORRECT")) {
            return new ModelAndView("redirect:/mypage/subsidies/" + id);
        }
        return correction(me, a, model, SubsidyForm.of(a.content()), FormErrors.none());
    }

    /** 差戻し: the corrected application, then the group's correction task, in one transaction. */
    @PostMapping("/{id}/correct")
    ModelAndView correct(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                         @ModelAttribute("form") SubsidyForm form, BindingResult binding,
                         @RequestParam(name = "action", defaultValue = "submit") String action, Model model) {
        ApplicationView a = cases.own(me, id);
        if (form.rowAction(action)) {
            return correction(me, a, model, form, FormErrors.none());
        }
        model.addAttribute("rejected", SubsidyFormSupport.rejected(binding));
        FormErrors errors = binding.hasErrors() ? support.binding(binding) : support.validate(form.toInput());
        if (!errors.isEmpty()) {
            return correction(me, a, model, form, errors);
        }
        try {
            transaction.executeWithoutResult(tx -> {
                applications.correct(me, id, form.toInput().input());
                cases.completeGroupTask(me, a, CORRECT_TASK, Map.of("correctionDone", true));
            });
        } catch (BusinessRuleException refusal) {
            return correction(me, a, model, form, support.refusal(refusal));
        }
        return new ModelAndView("redirect:/mypage/subsidies/" + id + "?corrected");
    }

    private ModelAndView form(CurrentUser me, long groupId, Model model, SubsidyForm form, FormErrors errors) {
        if (!me.actsFor(groupId)) {
            throw new NotFoundException("団体が見つかりません");
        }
        CallView call = applications.openCall().orElse(null);
        model.addAttribute("call", call);
        model.addAttribute("programme", call == null ? null : applications.programmeFor(me, groupId).orElse(null));
        model.addAttribute("groupName", pages.groupsOf(me).getOrDefault(groupId, ""));
        model.addAttribute("formAction", "/mypage/subsidies/new?group=" + groupId);
        model.addAttribute("correcting", null);
        return render(model, form, errors, call == null ? new SubsidyCasePage.Choices(List.of(), List.of(), List.of())
                : SubsidyCasePage.Choices.of(call));
    }

    private ModelAndView correction(CurrentUser me, ApplicationView a, Model model, SubsidyForm form, FormErrors errors) {
        CallView call = applications.openCall().orElse(null);
        model.addAttribute("call", call);
        model.addAttribute("programme", null);
        model.addAttribute("groupName", a.groupName());
        model.addAttribute("formAction", "/mypage/subsidies/" + a.id() + "/correct");
        model.addAttribute("correcting", a);
        return render(model, form, errors, cases.choices(a));
    }

    private ModelAndView render(Model model, SubsidyForm form, FormErrors errors, SubsidyCasePage.Choices choices) {
        model.addAttribute("form", form.withRows());
        model.addAttribute("errors", errors);
        model.addAttribute("categories", choices.categories());
        model.addAttribute("tracks", choices.tracks());
        model.addAttribute("themes", choices.themes());
        return new ModelAndView("portal/subsidy-form", model.asMap(), errors.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
    }
}
