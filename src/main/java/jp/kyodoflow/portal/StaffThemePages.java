package jp.kyodoflow.portal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.committee.ReviewConfigService;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.proposals.ThemeProposals;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.IdentityDirectory;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.themes.ThemeCalls;
import jp.kyodoflow.themes.ThemeCalls.PublicationView;
import jp.kyodoflow.themes.ThemeQuestions;
import jp.kyodoflow.themes.ThemeService;
import jp.kyodoflow.themes.ThemeService.ThemeView;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Staff's pages of the administration-proposed scheme: the themes the person may read ({@code /staff/themes},
 * drafts for their department and the city-wide staff) with the coordinator's publish form, and one theme
 * ({@code /staff/themes/{id}}: its publications, their proposals, the Q&A with the unanswered marked). What a
 * person reads is the themes module's rule; a theme they may not read is "not found".
 */
@Controller
@RequestMapping("/staff/themes")
class StaffThemePages {

    /** A publication with the proposals it received (empty for a reader outside the theme's department). */
    record PublicationRow(PublicationView publication, List<ThemeProposals.Entry> proposals) {
    }

    private final ThemeService themes;
    private final ThemeCalls themeCalls;
    private final ThemeQuestions questions;
    private final ThemeProposals proposals;
    private final ReviewConfigService configs;
    private final IdentityDirectory identity;
    private final GroupRegister register;
    private final PortalFormat format;
    private final Clock clock;

    StaffThemePages(ThemeService themes, ThemeCalls themeCalls, ThemeQuestions questions, ThemeProposals proposals,
                    ReviewConfigService configs, IdentityDirectory identity, GroupRegister register, PortalFormat format,
                    Clock clock) {
        this.themes = themes;
        this.themeCalls = themeCalls;
        this.questions = questions;
        this.proposals = proposals;
        this.configs = configs;
        this.identity = identity;
        this.register = register;
        this.format = format;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        StaffPages.requireStaff(me);
        return page(me, model, new ThemePublishForm(), List.of());
    }

    /** The coordinator publishes; a refusal lists its reasons at the top with the input kept, and publishes nothing. */
    @PostMapping("/publish")
    ModelAndView publish(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("publish") ThemePublishForm form,
                         BindingResult binding, Model model) {
        StaffPages.requireStaff(me);
        List<String> problems = new ArrayList<>();
        if (!me.has(Roles.COORDINATOR)) {
            problems.add("テーマの公募は、協働推進担当が行います");
        } else if (binding.hasErrors()) {
            problems.add("日時・日付の形式が正しくありません。カレンダーから選んでください");
        } else {
            problems.addAll(form.problems(committee().keySet()));
        }
        if (problems.isEmpty()) {
            try {
                ThemeCalls.CallView call = themeCalls.publish(me, form.toInput());
                return new ModelAndView("redirect:/staff/themes?published=" + call.id());
            } catch (BusinessRuleException refusal) {
                problems.add(refusal.getMessage());
            }
        }
        page(me, model, form, problems);
        HttpStatus status = me.has(Roles.COORDINATOR) ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.FORBIDDEN;
        return new ModelAndView("portal/staff-themes", model.asMap(), status);
    }

    @GetMapping("/{id}")
    String theme(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        StaffPages.requireStaff(me);
        ThemeView t = themes.get(me, id);
        boolean internal = me.isCityWide() || me.departments().contains(t.departmentGroup());
        List<PublicationView> all = new ArrayList<>(t.earlier());
        if (t.current() != null) {
            all.add(t.current());
        }
        model.addAttribute("t", t);
        model.addAttribute("line", ThemeLine.of(t, format, OffsetDateTime.now(clock)));
        model.addAttribute("rows", all.stream().map(p -> new PublicationRow(p,
                internal ? proposals.entries(p.proposalRoundId()) : List.of())).toList());
        model.addAttribute("internal", internal);
        model.addAttribute("groupNames", register.list(me).stream().collect(Collectors.toMap(
                GroupRegister.GroupSummary::id, GroupRegister.GroupSummary::name, (a, b) -> a)));
        model.addAttribute("questions", internal ? questions.all(me, id) : List.of());
        model.addAttribute("answers", t.current() == null ? List.of() : questions.published(id));
        return "portal/staff-theme";
    }

    private String page(CurrentUser me, Model model, ThemePublishForm form, List<String> problems) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ThemeView> visible = themes.visibleTo(me);
        model.addAttribute("lines", visible.stream().map(t -> ThemeLine.of(t, format, now)).toList());
        model.addAttribute("statusLabels", visible.stream().collect(Collectors.toMap(ThemeView::id, ThemeView::statusLabel)));
        model.addAttribute("coordinator", me.has(Roles.COORDINATOR));
        model.addAttribute("approved", visible.stream().filter(t -> "APPROVED".equals(t.status())).toList());
        model.addAttribute("configs", configs.list());
        model.addAttribute("committee", committee());
        model.addAttribute("publish", form);
        model.addAttribute("problems", problems);
        return "portal/staff-themes";
    }

    /** The committee's members by user id, with their names, in user id order. */
    private Map<String, String> committee() {
        Map<String, String> out = new LinkedHashMap<>();
        identity.membersOf(Roles.COMMITTEE).forEach(p -> out.put(p.userId(), p.displayName()));
        return out;
    }
}
