package jp.kyodoflow.portal;

import java.time.Clock;
import java.time.OffsetDateTime;
import jp.kyodoflow.proposals.ProposalRoundService;
import jp.kyodoflow.proposals.ProposalRoundService.RoundView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A call's public page: its rules in plain Japanese and the way to propose (through the login). */
@Controller
class CallPage {

    private final ProposalRoundService calls;
    private final PortalFormat format;
    private final Clock clock;

    CallPage(ProposalRoundService calls, PortalFormat format, Clock clock) {
        this.calls = calls;
        this.format = format;
        this.clock = clock;
    }

    @GetMapping("/calls/{roundId}")
    String call(@PathVariable long roundId, Model model) {
        RoundView round = calls.get(roundId);
        model.addAttribute("c", OpenCall.of(round, format));
        model.addAttribute("open", OpenCall.isOpen(round, OffsetDateTime.now(clock)));
        model.addAttribute("onePerGroup", round.rules().onePerGroup());
        model.addAttribute("fiscalYear", round.rules().fiscalYear());
        return "portal/call";
    }
}
