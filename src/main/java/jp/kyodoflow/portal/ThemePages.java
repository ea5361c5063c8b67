package jp.kyodoflow.portal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.proposals.ProposalRoundService;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.themes.ThemeCalls.PublicationView;
import jp.kyodoflow.themes.ThemeInputs;
import jp.kyodoflow.themes.ThemeQuestions;
import jp.kyodoflow.themes.ThemeService;
import jp.kyodoflow.themes.ThemeService.ThemeView;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The administration-proposed scheme's public pages: the published themes by year ({@code /themes}) and one
 * theme in plain words ({@code /themes/{id}}: its rules, window, 説明会, Q&A and outcome, and the way to propose
 * through the login), and a group member's question ({@code /mypage/themes/{id}/questions}). A theme that is
 * not published is "not found"; the group asking comes from the login (the themes module checks it).
 */
@Controller
class ThemePages {

    private final ThemeService themes;
    private final ThemeQuestions questions;
    private final ProposalRoundService calls;
    private final GroupRegister register;
    private final ProposalFormPage formPage;
    private final PortalFormat format;
    private final Clock clock;

    ThemePages(ThemeService themes, ThemeQuestions questions, ProposalRoundService calls, GroupRegister register,
               ProposalFormPage formPage, PortalFormat format, Clock clock) {
        this.themes = themes;
        this.questions = questions;
        this.calls = calls;
        this.register = register;
        this.formPage = formPage;
        this.format = format;
        this.clock = clock;
    }

    @GetMapping("/themes")
    String list(Model model) {
        Map<String, List<ThemeLine>> byYear = new LinkedHashMap<>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        themes.published().forEach(t -> byYear.computeIfAbsent(t.fiscalYearLabel(), y -> new java.util.ArrayList<>())
                .add(ThemeLine.of(t, format, now)));
        model.addAttribute("years", byYear);
        return "portal/themes";
    }

    @GetMapping("/themes/{id}")
    String theme(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        render(model, me, id, null, "", FormErrors.none());
        return "portal/theme";
    }

    /** A group member's question; a refusal shows the page again with the message at the field and the input kept. */
    @PostMapping("/mypage/themes/{id}/questions")
    ModelAndView ask(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                     @RequestParam(name = "groupId", required = false) Long groupId,
                     @RequestParam(name = "question", defaultValue = "") String question, Model model) {
        Long group = groupId != null ? groupId : me.civicGroupIds().size() == 1 ? me.civicGroupIds().get(0) : null;
        try {
            questions.ask(me, id, new ThemeInputs.QuestionInput(group, question));
            return new ModelAndView("redirect:/themes/" + id + "?asked#own-questions");
        } catch (BusinessRuleException refusal) {
            FormErrors errors = FormErrors.none();
            errors.add("question", refusal.getMessage());
            render(model, me, id, group, question, errors);
            return new ModelAndView("portal/theme", model.asMap(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    private void render(Model model, CurrentUser me, long id, Long chosenGroup, String question, FormErrors errors) {
        ThemeView t = themes.publishedTheme(id);
        PublicationView p = t.current();
        model.addAttribute("t", t);
        model.addAttribute("line", ThemeLine.of(t, format, OffsetDateTime.now(clock)));
        model.addAttribute("p", p);
        model.addAttribute("form", formPage.names().collaborationForm(t.collaborationForm()));
        model.addAttribute("preConsultationBy", p == null ? null : OpenCall.of(calls.get(p.proposalRoundId()), format)
                .preConsultationBy());
        model.addAttribute("publications", publications(t));
        model.addAttribute("answers", questions.published(id));
        model.addAttribute("errors", errors);
        model.addAttribute("question", question);
        model.addAttribute("chosenGroup", chosenGroup);
        model.addAttribute("groups", groupsOf(me));
        model.addAttribute("own", ownQuestions(me, id));
    }

    private static List<PublicationView> publications(ThemeView t) {
        List<PublicationView> all = new java.util.ArrayList<>(t.earlier());
        if (t.current() != null) {
            all.add(t.current());
        }
        return all;
    }

    /** The registered groups the signed-in person acts for, by id with their names (none when signed out). */
    private Map<Long, String> groupsOf(CurrentUser me) {
        Map<Long, String> out = new LinkedHashMap<>();
        if (me != null) {
            Map<Long, String> names = register.registeredNames();
            me.civicGroupIds().stream().filter(names::containsKey).forEach(g -> out.put(g, names.get(g)));
        }
        return out;
    }

    private Map<String, List<ThemeQuestions.OwnQuestion>> ownQuestions(CurrentUser me, long themeId) {
        Map<String, List<ThemeQuestions.OwnQuestion>> out = new LinkedHashMap<>();
        groupsOf(me).forEach((g, name) -> {
            List<ThemeQuestions.OwnQuestion> asked = questions.askedBy(me, g, themeId);
            if (!asked.isEmpty()) {
                out.put(name, asked);
            }
        });
        return out;
    }
}
