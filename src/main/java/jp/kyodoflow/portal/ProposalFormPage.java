package jp.kyodoflow.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.municipality.MunicipalityProperties;
import jp.kyodoflow.proposals.AttachmentService;
import jp.kyodoflow.proposals.ProposalProblem;
import jp.kyodoflow.proposals.ProposalRefusedException;
import jp.kyodoflow.proposals.ProposalRoundService.RoundView;
import jp.kyodoflow.proposals.ProposalRules;
import jp.kyodoflow.proposals.ProposalService.ProposalView;
import jp.kyodoflow.themes.ThemeService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** What the proposal form shows around the group's input: choices by their Japanese names, the totals, the errors. */
@Component
class ProposalFormPage {

    /** The Japanese names of codes on the proposal pages: departments and forms of collaboration. */
    record Names(Map<String, String> departments, Map<String, String> collaborationForms) {
        public String department(String id) {
            return departments.getOrDefault(id, id);
        }

        public List<String> departmentNames(List<String> ids) {
            return ids.stream().map(this::department).toList();
        }

        public String collaborationForm(String code) {
            return code == null ? "" : collaborationForms.getOrDefault(code, code);
        }
    }

    private final MunicipalityProperties city;
    private final MessageSource messages;
    private final ThemeService themes;

    ProposalFormPage(MunicipalityProperties city, MessageSource messages, ThemeService themes) {
        this.city = city;
        this.messages = messages;
        this.themes = themes;
    }

    String render(Model model, ProposalForm form, ProposalView proposal, RoundView call,
                  List<AttachmentService.AttachmentView> files, FormErrors errors) {
        form.withRows();
        model.addAttribute("form", form);
        model.addAttribute("proposal", proposal);
        model.addAttribute("call", call);
        model.addAttribute("attachments", files);
        model.addAttribute("errors", errors);
        model.addAttribute("names", names());
        // a theme's call fixes the department and the form of collaboration (the proposals module overwrites them)
        model.addAttribute("theme", call.themeId() == null ? null : themes.publishedTheme(call.themeId()));
        model.addAttribute("categories", ProposalRules.EXPENSE_CATEGORIES);
        model.addAttribute("figures", ProposalFigures.of(form, call.rules()));
        model.addAttribute("projectYears", java.util.stream.IntStream.rangeClosed(1, call.rules().cityShareRates().size())
                .boxed().toList());
        model.addAttribute("maxBytes", AttachmentService.MAX_BYTES);
        model.addAttribute("maxFiles", AttachmentService.MAX_FILES);
        return "portal/proposal-form";
    }

    Names names() {
        Map<String, String> departments = new LinkedHashMap<>();
        city.departments().forEach(d -> departments.put(d.id(), d.name()));
        Map<String, String> forms = new LinkedHashMap<>();
        ProposalRules.COLLABORATION_FORMS.forEach(f -> forms.put(f, message("proposal.collaborationForm." + f)));
        return new Names(departments, forms);
    }

    /** A service's refusal: each problem at its field when it has one, the sentence at the top otherwise. */
    FormErrors refusal(BusinessRuleException refusal) {
        FormErrors errors = FormErrors.none();
        if (refusal instanceof ProposalRefusedException refused) {
            errors.add(null, message("proposal.form.refused"));
            for (ProposalProblem problem : refused.problems()) {
                errors.add(problem.field(), problem.message());
            }
        } else {
            errors.add(null, refusal.getMessage());
        }
        return errors;
    }

    /** What the browser sent that is not a number or a date, in Japanese at its field. */
    FormErrors bindingErrors(BindingResult binding) {
        FormErrors errors = FormErrors.none();
        for (FieldError e : binding.getFieldErrors()) {
            Class<?> type = binding.getFieldType(e.getField());
            String key = type != null && java.time.temporal.Temporal.class.isAssignableFrom(type) ? "proposal.bind.date"
                    : "proposal.bind.number";
            errors.add(e.getField(), message(key, label(e.getField())));
        }
        return errors;
    }

    /** The label of a field path for a binding message: 支出2の金額, 自己資金, 事業の年次 … */
    String label(String field) {
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("budget\\.expenses\\[(\\d+)]\\.(\\w+)").matcher(field);
        if (row.matches()) {
            return message("proposal.bind.expense", Integer.parseInt(row.group(1)) + 1);
        }
        return message("proposal.label." + field.replace("budget.", ""));
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.JAPANESE);
    }
}
