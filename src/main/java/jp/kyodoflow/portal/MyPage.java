package jp.kyodoflow.portal;

import java.util.List;
import jp.kyodoflow.common.ActivityField;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.groups.GroupRegister.GroupSummary;
import jp.kyodoflow.notices.NoticeService;
import jp.kyodoflow.proposals.ProposalService;
import jp.kyodoflow.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * マイページ: for a member of one civic group its page, otherwise a list of the person's groups (and, for
 * staff, the way to Tasklist). Which person and which groups come from the login only: a group the
 * person does not act for is "not found", as in the API.
 */
@Controller
@RequestMapping("/mypage")
class MyPage {

    private final GroupRegister register;
    private final ProposalService proposals;
    private final NoticeService notices;
    private final jp.kyodoflow.proposals.ProposalRoundService calls;
    private final org.springframework.context.MessageSource messages;
    private final java.time.Clock clock;
    private final jp.kyodoflow.groups.GroupRegistrationService registrations;

    MyPage(GroupRegister register, ProposalService proposals, NoticeService notices,
           jp.kyodoflow.proposals.ProposalRoundService calls, org.springframework.context.MessageSource messages,
           java.time.Clock clock, jp.kyodoflow.groups.GroupRegistrationService registrations) {
        this.registrations = registrations;
        this.register = register;
        this.proposals = proposals;
        this.notices = notices;
        this.calls = calls;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String overview(@AuthenticationPrincipal CurrentUser me, Model model) {
        List<Long> groups = me.civicGroupIds();
        if (groups.size() == 1 && !me.isStaff()) {
            return "redirect:/mypage/groups/" + groups.get(0);
        }
        model.addAttribute("groups", register.list(me).stream().filter(g -> me.actsFor(g.id())).toList());
        model.addAttribute("notices", notices.visibleTo(me));
        if (me.has(jp.kyodoflow.security.Roles.APPLICANT)) {
            model.addAttribute("applications", registrations.applicationsVisibleTo(me));
        }
        return "portal/mypage";
    }

    @GetMapping("/groups/{groupId}")
    String group(@AuthenticationPrincipal CurrentUser me, @PathVariable long groupId, Model model) {
        if (!me.actsFor(groupId)) {
            throw new NotFoundException("団体が見つかりません");
        }
        GroupRegister.GroupDetail detail = register.detail(me, groupId);
        model.addAttribute("group", detail);
        model.addAttribute("activities", activityLabels(detail.group()));
        List<ProposalService.ProposalView> own = proposals.ofGroup(me, groupId);
        model.addAttribute("proposals", own);
        java.util.Map<Long, String> steps = new java.util.HashMap<>();
        own.forEach(p -> steps.put(p.id(), step(p.status())));
        model.addAttribute("steps", steps);
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(clock);
        List<jp.kyodoflow.proposals.ProposalRoundService.RoundView> rounds = calls.list();
        // a theme's call (行政提案型) carries the theme's title
        model.addAttribute("themeTitles", rounds.stream().filter(r -> r.themeId() != null)
                .collect(java.util.stream.Collectors.toMap(jp.kyodoflow.proposals.ProposalRoundService.RoundView::id,
                        jp.kyodoflow.proposals.ProposalRoundService.RoundView::title)));
        model.addAttribute("openCalls", rounds.stream().filter(r -> OpenCall.isOpen(r, now))
                .filter(r -> !r.rules().onePerGroup() || own.stream().noneMatch(p -> p.roundId().equals(r.id())))
                .toList());
        model.addAttribute("notices", notices.visibleTo(me, groupId));
        model.addAttribute("personalNotices", notices.personalTo(me));
        return "portal/group";
    }

    /** Marks a notice the person may read as read; another's notice is "not found". */
    @PostMapping("/notices/{noticeId}/read")
    String markRead(@AuthenticationPrincipal CurrentUser me, @PathVariable long noticeId) {
        notices.markRead(me, noticeId);
        return "redirect:/mypage";
    }

    /** The step of the timeline a proposal is at, as the group's list shows it. */
    private String step(String status) {
        String key = ProposalTimeline.of(status).steps().stream().filter(ProposalTimeline.Step::current)
                .map(ProposalTimeline.Step::key).findFirst().orElse("draft");
        return messages.getMessage("proposal.step." + key, null, key, java.util.Locale.JAPANESE);
    }

    private static List<String> activityLabels(GroupSummary group) {
        return group.activityFields().stream()
                .map(code -> ActivityField.isCode(code) ? ActivityField.valueOf(code).label() : code).toList();
    }
}
