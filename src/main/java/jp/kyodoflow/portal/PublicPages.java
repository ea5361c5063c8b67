package jp.kyodoflow.portal;

import java.time.Clock;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.projects.ProjectQueries;
import java.time.OffsetDateTime;
import java.util.Comparator;
import jp.kyodoflow.proposals.ProposalRoundService;
import jp.kyodoflow.themes.ThemeService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages anyone may read: トップ (the open calls, the open themes of the administration-proposed scheme and the collaboration projects under way or done) and ログイン. */
@Controller
class PublicPages {

    private final ProposalRoundService calls;
    private final ProjectQueries projects;
    private final GroupRegister register;
    private final PortalFormat format;
    private final Clock clock;
    private final ThemeService themes;

    PublicPages(ProposalRoundService calls, ProjectQueries projects, GroupRegister register, PortalFormat format,
                Clock clock, ThemeService themes) {
        this.themes = themes;
        this.calls = calls;
        this.projects = projects;
        this.register = register;
        this.format = format;
        this.clock = clock;
    }

    @GetMapping("/")
    String top(Model model) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        model.addAttribute("calls", calls.list().stream().filter(r -> OpenCall.isOpen(r, now))
                .sorted(Comparator.comparing(r -> r.rules().closesAt()))
                .map(r -> OpenCall.of(r, format)).toList());
        model.addAttribute("themes", themes.published().stream().map(t -> ThemeLine.of(t, format, now))
                .filter(ThemeLine::isOpen).toList());
        model.addAttribute("projects", projects.published());
        model.addAttribute("groupNames", register.registeredNames());
        return "portal/index";
    }

    @GetMapping("/login")
    String login() {
        return "portal/login";
    }
}
