package jp.kyodoflow.portal;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.subsidy.SubsidyApplications;
import jp.kyodoflow.subsidy.SubsidyAwards;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Saku subsidy's public pages: the open call ({@code /subsidy}: window, programmes by area, tracks, priority
 * themes, expense categories, combinable funds, rounding, and the way to apply for a signed-in group) and the
 * published awards ({@code /subsidy/awards}).
 */
@Controller
class SubsidyPages {

    private final SubsidyApplications applications;
    private final SubsidyAwards awards;
    private final GroupRegister register;

    SubsidyPages(SubsidyApplications applications, SubsidyAwards awards, GroupRegister register) {
        this.applications = applications;
        this.awards = awards;
        this.register = register;
    }

    @GetMapping("/subsidy")
    String call(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("call", applications.openCall().orElse(null));
        model.addAttribute("groups", groupsOf(me));
        return "portal/subsidy";
    }

    @GetMapping("/subsidy/awards")
    String awards(Model model) {
        model.addAttribute("awards", awards.published());
        return "portal/subsidy-awards";
    }

    /** The registered groups the signed-in person acts for, by id with their names (none when signed out). */
    Map<Long, String> groupsOf(CurrentUser me) {
        Map<Long, String> out = new LinkedHashMap<>();
        if (me != null) {
            Map<Long, String> names = register.registeredNames();
            me.civicGroupIds().stream().filter(names::containsKey).forEach(g -> out.put(g, names.get(g)));
        }
        return out;
    }
}
