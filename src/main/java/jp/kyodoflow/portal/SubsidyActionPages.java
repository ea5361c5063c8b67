package jp.kyodoflow.portal;

import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.subsidy.SubsidyImplementation;
import jp.kyodoflow.subsidy.SubsidyViews.ApplicationView;
import org.springframework.http.HttpStatus;
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
 * What a granted group does from its application's page: 概算払の請求, 変更 (minor, or 変更承認申請), 中止, 実績報告
 * (save, then submit through Task_SubmitReport) and 請求 (Task_RequestPayment). Only the actions the application's
 * view allows are offered; a refusal shows its Japanese sentence with the input kept and changes nothing.
 */
@Controller
@RequestMapping("/mypage/subsidies/{id}")
class SubsidyActionPages {

    static final String REPORT_TASK = "Task_SubmitReport";
    static final String PAYMENT_TASK = "Task_RequestPayment";

    private final SubsidyImplementation implementation;
    private final SubsidyCasePage cases;
    private final SubsidyFormSupport support;
    private final TransactionTemplate transaction;

    SubsidyActionPages(SubsidyImplementation implementation, SubsidyCasePage cases, SubsidyFormSupport support,
                       TransactionTemplate transaction) {
        this.implementation = implementation;
        this.cases = cases;
        this.support = support;
        this.transaction = transaction;
    }

    @PostMapping("/advance")
    ModelAndView advance(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                         @RequestParam(name = "amountYen", defaultValue = "") String amount, Model model) {
        allowed(me, id, "ADVANCE");
        try {
            implementation.requestAdvance(me, id, yen(amount, "subsidy.advance.amount"));
        } catch (BusinessRuleException refusal) {
            return cases.page(me, id, model, "ADVANCE", refusal.getMessage(), Map.of("amountYen", amount));
        }
        return new ModelAndView("redirect:/mypage/subsidies/" + id + "?advanced");
    }

    @PostMapping("/cancel")
    ModelAndView cancel(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                        @RequestParam(name = "reason", defaultValue = "") String reason,
                        @RequestParam(name = "confirm", defaultValue = "false") boolean confirm, Model model) {
        allowed(me, id, "CANCEL");
        try {
            if (!confirm) {
                throw new BusinessRuleException(support.message("subsidy.cancel.confirmNeeded"));
            }
            implementation.cancel(me, id, reason);
        } catch (BusinessRuleException refusal) {
            return cases.page(me, id, model, "CANCEL", refusal.getMessage(), Map.of("reason", reason));
        }
        return new ModelAndView("redirect:/mypage/subsidies/" + id + "?cancelled");
    }

    /** 請求: the group asks for the rest of the final amount (its RequestPayment task). */
    @PostMapping("/payment")
    ModelAndView requestPayment(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                                @RequestParam(name = "confirm", defaultValue = "false") boolean confirm, Model model) {
        ApplicationView a = allowed(me, id, "REQUEST_PAYMENT");
        try {
            if (!confirm) {
                throw new BusinessRuleException(support.message("subsidy.payment.confirmNeeded"));
            }
            cases.completeGroupTask(me, a, PAYMENT_TASK, Map.of("paymentRequested", true));
        } catch (BusinessRuleException refusal) {
            return cases.page(me, id, model, "REQUEST_PAYMENT", refusal.getMessage(), Map.of());
        }
        return new ModelAndView("redirect:/mypage/subsidies/" + id + "?paymentRequested");
    }

    @GetMapping("/change")
    ModelAndView changeForm(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        ApplicationView a = allowed(me, id, "CHANGE");
        return change(model, a, SubsidyChangeForm.of(a.content()), FormErrors.none());
    }

    @PostMapping("/change")
    ModelAndView requestChange(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                               @ModelAttribute("form") SubsidyChangeForm form, BindingResult binding,
                               @RequestParam(name = "action", defaultValue = "submit") String action, Model model) {
        ApplicationView a = allowed(me, id, "CHANGE");
        if (form.rowAction(action)) {
            return change(model, a, form, FormErrors.none());
        }
        model.addAttribute("rejected", SubsidyFormSupport.rejected(binding));
        FormErrors errors = binding.hasErrors() ? support.binding(binding) : support.validate(form.toInput());
        if (!errors.isEmpty()) {
            return change(model, a, form, errors);
        }
        try {
            SubsidyImplementation.ChangeKind kind = implementation.requestChange(me, id, form.toInput().input());
            return new ModelAndView("redirect:/mypage/subsidies/" + id + "?change=" + kind.name().toLowerCase());
        } catch (BusinessRuleException refusal) {
            return change(model, a, form, support.refusal(refusal));
        }
    }

    @GetMapping("/report")
    ModelAndView reportForm(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        ApplicationView a = allowed(me, id, "REPORT");
        return report(model, a, SubsidyReportForm.of(a.report()), FormErrors.none());
    }

    /** 保存 keeps the report; 提出 keeps it and completes the group's report task, in one transaction. */
    @PostMapping("/report")
    ModelAndView saveReport(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                            @ModelAttribute("form") SubsidyReportForm form, BindingResult binding,
                            @RequestParam(name = "action", defaultValue = "save") String action, Model model) {
        ApplicationView a = allowed(me, id, "REPORT");
        if (form.rowAction(action)) {
            return report(model, a, form, FormErrors.none());
        }
        model.addAttribute("rejected", SubsidyFormSupport.rejected(binding));
        FormErrors errors = binding.hasErrors() ? support.binding(binding) : support.validate(form.toInput());
        if (!errors.isEmpty()) {
            return report(model, a, form, errors);
        }
        boolean submit = "submit".equals(action);
        try {
            transaction.executeWithoutResult(tx -> {
                implementation.saveReport(me, id, form.toInput().input());
                if (submit) {
                    cases.completeGroupTask(me, a, REPORT_TASK, Map.of("reportSubmitted", true));
                }
            });
        } catch (BusinessRuleException refusal) {
            return report(model, a, form, support.refusal(refusal));
        }
        return new ModelAndView(submit ? "redirect:/mypage/subsidies/" + id + "?reported"
                : "redirect:/mypage/subsidies/" + id + "/report?saved");
    }

    private ModelAndView change(Model model, ApplicationView a, SubsidyChangeForm form, FormErrors errors) {
        model.addAttribute("a", a);
        model.addAttribute("form", form.withRows());
        model.addAttribute("errors", errors);
        model.addAttribute("categories", cases.choices(a).categories());
        return new ModelAndView("portal/subsidy-change", model.asMap(), errors.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
    }

    private ModelAndView report(Model model, ApplicationView a, SubsidyReportForm form, FormErrors errors) {
        model.addAttribute("a", a);
        model.addAttribute("form", form.withRows());
        model.addAttribute("errors", errors);
        model.addAttribute("categories", cases.choices(a).categories());
        return new ModelAndView("portal/subsidy-report", model.asMap(), errors.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
    }

    /** The group's own application, when its view offers the action now (otherwise a refusal, 400). */
    private ApplicationView allowed(CurrentUser me, long id, String action) {
        ApplicationView a = cases.own(me, id);
        if (!a.actions().contains(action)) {
            throw new BusinessRuleException(support.message("subsidy.action.notNow"));
        }
        return a;
    }

    private long yen(String amount, String labelKey) {
        try {
            return Long.parseLong(amount.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new BusinessRuleException(support.message("subsidy.bind.number", support.message(labelKey)));
        }
    }
}
