package jp.kyodoflow.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kyodoflow.common.ActivityField;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.ForbiddenException;
import jp.kyodoflow.groups.GroupRegistrationService;
import jp.kyodoflow.groups.GroupRegistrationService.ApplicationView;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.tasks.WorkService;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Applying to register a new group (the same GroupRegistrationService path as Tasklist's start form),
 * reading one's applications, and correcting one after 差戻し (the CorrectApplication task, completed
 * through the tasks door as in Tasklist). An application of someone else is "not found".
 */
@Controller
@RequestMapping("/mypage")
class GroupApplicationPages {

    static final String CORRECT_TASK = "Task_CorrectApplication";

    private final GroupRegistrationService registrations;
    private final WorkService work;
    private final MessageSource messages;

    GroupApplicationPages(GroupRegistrationService registrations, WorkService work, MessageSource messages) {
        this.registrations = registrations;
        this.work = work;
        this.messages = messages;
    }

    @GetMapping("/groups/apply")
    String applyForm(@AuthenticationPrincipal CurrentUser me, Model model) {
        requireApplicant(me);
        return form(model, new GroupApplicationForm().withRows(), "/mypage/groups/apply", null, FormErrors.none());
    }

    @PostMapping("/groups/apply")
    String apply(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") GroupApplicationForm form,
                 BindingResult binding, @RequestParam(name = "action", defaultValue = "send") String action, Model model) {
        requireApplicant(me);
        if (rows(form, action) || binding.hasErrors()) {
            return form(model, form, "/mypage/groups/apply", null, bindingErrors(binding));
        }
        try {
            ApplicationView sent = registrations.submit(me, form.toRequest());
            return "redirect:/mypage/applications/" + sent.id() + "?sent";
        } catch (BusinessRuleException refusal) {
            return form(model, form, "/mypage/groups/apply", null, refusal(refusal));
        }
    }

    @GetMapping("/applications/{id}")
    String application(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        ApplicationView a = own(me, id);
        return form(model, GroupApplicationForm.of(a.content()), "/mypage/applications/" + id + "/correct", a,
                FormErrors.none());
    }

    @PostMapping("/applications/{id}/correct")
    String correct(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                   @ModelAttribute("form") GroupApplicationForm form, BindingResult binding,
                   @RequestParam(name = "action", defaultValue = "send") String action, Model model) {
        ApplicationView a = own(me, id);
        String self = "/mypage/applications/" + id + "/correct";
        if (rows(form, action) || binding.hasErrors()) {
            return form(model, form, self, a, bindingErrors(binding));
        }
        try {
            registrations.validate(form.toRequest()); // the refusal at its fields before the task is touched
            WorkService.TaskView task = work.myTasksOfKey(me, CORRECT_TASK, jp.kyodoflow.common.Paging.MAX_SIZE).stream()
                    .filter(t -> Long.valueOf(id).equals(asLong(work.task(me, t.id()).variables().get("applicationId"))))
                    .findFirst().orElseThrow(() -> new BusinessRuleException(message("application.noTask")));
            work.complete(me, task.id(), form.toTaskValues());
        } catch (BusinessRuleException refusal) {
            return form(model, form, self, a, refusal(refusal));
        }
        return "redirect:/mypage/applications/" + id + "?sent";
    }

    private String form(Model model, GroupApplicationForm form, String action, ApplicationView application, FormErrors errors) {
        model.addAttribute("form", form.withRows());
        model.addAttribute("formAction", action);
        model.addAttribute("ga", application);
        model.addAttribute("errors", errors);
        Map<String, String> fields = new LinkedHashMap<>();
        for (ActivityField f : ActivityField.values()) {
            fields.put(f.name(), f.label());
        }
        model.addAttribute("activityFields", fields);
        model.addAttribute("groupTypes", List.of("NPO", "VOLUNTEER", "COMMUNITY", "BUSINESS", "OTHER"));
        model.addAttribute("declarations", GroupApplicationForm.DECLARATIONS);
        return "portal/group-application";
    }

    /** The service's reasons read "field：sentence"; each goes to its field, labelled in the summary. */
    private FormErrors refusal(BusinessRuleException refusal) {
        FormErrors errors = FormErrors.none();
        if (refusal.reasons().isEmpty()) {
            errors.add(null, refusal.getMessage());
            return errors;
        }
        errors.add(null, message("application.refused"));
        for (String reason : refusal.reasons()) {
            int colon = reason.indexOf('：');
            String field = colon > 0 ? reason.substring(0, colon) : null;
            String text = colon > 0 ? reason.substring(colon + 1) : reason;
            errors.add(field, field == null ? text : label(field) + "：" + text);
        }
        return errors;
    }

    private FormErrors bindingErrors(BindingResult binding) {
        FormErrors errors = FormErrors.none();
        for (FieldError e : binding.getFieldErrors()) {
            errors.add(e.getField(), message("foundedOn".equals(e.getField()) ? "proposal.bind.date" : "proposal.bind.number",
                    label(e.getField())));
        }
        return errors;
    }

    private String label(String field) {
        String key = field.replaceAll("\\[\\d+]", "").replace('.', '-');
        return messages.getMessage("application.label." + key, null, field, Locale.JAPANESE);
    }

    private static boolean rows(GroupApplicationForm f, String action) {
        switch (action) {
            case "add-officer" -> f.getOfficers().add(new GroupApplicationForm.PersonRow());
            case "add-member" -> f.getMembers().add(new GroupApplicationForm.PersonRow());
            default -> {
                if (!action.startsWith("remove-")) {
                    return false;
                }
                String[] parts = action.split("-");
                List<GroupApplicationForm.PersonRow> rows = "officer".equals(parts[1]) ? f.getOfficers() : f.getMembers();
                try {
                    int i = Integer.parseInt(parts[2]);
                    if (i >= 0 && i < rows.size()) {
                        rows.remove(i);
                    }
                } catch (RuntimeException ignored) {
                    // a button we did not render: the form comes back unchanged
                }
            }
        }
        return true;
    }

    private ApplicationView own(CurrentUser me, long id) {
        ApplicationView a = registrations.application(me, id);
        if (!a.applicantUserId().equals(me.userId())) {
            throw new jp.kyodoflow.common.NotFoundException("申請が見つかりません"); // staff read it in Tasklist
        }
        return a;
    }

    private static void requireApplicant(CurrentUser me) {
        if (!me.has(Roles.APPLICANT)) {
            throw new ForbiddenException("団体登録の申請は、申請者（市民）のアカウントで行ってください");
        }
    }

    private static Long asLong(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.JAPANESE);
    }
}
