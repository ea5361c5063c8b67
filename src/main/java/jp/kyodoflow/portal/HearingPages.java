package jp.kyodoflow.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.committee.HearingConsole;
import jp.kyodoflow.committee.HearingConsole.Entry;
import jp.kyodoflow.committee.HearingConsole.Sheet;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.Roles;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The committee's hearing console (審査会の採点): the member's open rounds, the day's hearing, one proposal at a
 * time with large score buttons and a running weighted total, per-proposal saving and the sheet's submission.
 * Committee members only; the member and the round come from the login and the committee's records.
 */
@Controller
@RequestMapping("/hearing")
class HearingPages {

    static final String SCORE = "score.";

    private final HearingConsole console;

    HearingPages(HearingConsole console) {
        this.console = console;
    }

    @GetMapping
    String rounds(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("rounds", console.openRounds(committee(me)));
        return "portal/hearing/rounds";
    }

    @GetMapping("/rounds/{roundId}")
    String hearing(@AuthenticationPrincipal CurrentUser me, @PathVariable long roundId,
                   @RequestParam(required = false) String submitted, Model model) {
        model.addAttribute("sheet", console.sheet(committee(me), roundId));
        model.addAttribute("justSubmitted", submitted != null);
        return "portal/hearing/hearing";
    }

    @GetMapping("/rounds/{roundId}/proposals/{proposalId}")
    String proposal(@AuthenticationPrincipal CurrentUser me, @PathVariable long roundId, @PathVariable long proposalId,
                    @RequestParam(required = false) String saved, Model model) {
        Sheet sheet = console.sheet(committee(me), roundId);
        Entry entry = entry(sheet, proposalId);
        Map<String, String> typed = new LinkedHashMap<>();
        entry.scores().forEach((code, score) -> typed.put(code, String.valueOf(score)));
        fill(model, sheet, entry, typed, entry.comment(), List.of());
        model.addAttribute("saved", saved != null);
        return "portal/hearing/proposal";
    }

    @PostMapping("/rounds/{roundId}/proposals/{proposalId}")
    ModelAndView save(@AuthenticationPrincipal CurrentUser me, @PathVariable long roundId, @PathVariable long proposalId,
                      @RequestParam MultiValueMap<String, String> form, Model model) {
        Map<String, String> typed = scores(form);
        String comment = form.getFirst("comment");
        try {
            console.saveProposal(committee(me), roundId, proposalId, typed, comment);
        } catch (RuntimeException e) {
            BusinessRuleException refusal = BusinessRuleException.findIn(e).orElseThrow(() -> e);
            Sheet sheet = console.sheet(me, roundId);
            fill(model, sheet, entry(sheet, proposalId), typed, comment, reasons(refusal));
            return new ModelAndView("portal/hearing/proposal", model.asMap(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        Sheet sheet = console.sheet(me, roundId);
        Entry next = next(sheet, proposalId);
        return new ModelAndView(next == null ? "redirect:/hearing/rounds/" + roundId + "?saved=" + proposalId
                : "redirect:/hearing/rounds/" + roundId + "/proposals/" + next.proposalId() + "?saved=" + proposalId);
    }

    @PostMapping("/rounds/{roundId}/submit")
    ModelAndView submit(@AuthenticationPrincipal CurrentUser me, @PathVariable long roundId, Model model) {
        try {
            console.submitSheet(committee(me), roundId);
        } catch (RuntimeException e) {
            BusinessRuleException refusal = BusinessRuleException.findIn(e).orElseThrow(() -> e);
            model.addAttribute("sheet", console.sheet(me, roundId));
            model.addAttribute("justSubmitted", false);
            model.addAttribute("errors", reasons(refusal));
            return new ModelAndView("portal/hearing/hearing", model.asMap(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return new ModelAndView("redirect:/hearing/rounds/" + roundId + "?submitted");
    }

    /** The hearing console is the committee's: anyone else finds nothing here. */
    static CurrentUser committee(CurrentUser me) {
        if (me == null || !me.has(Roles.COMMITTEE)) {
            throw new NotFoundException("見つかりません");
        }
        return me;
    }

    static List<String> reasons(BusinessRuleException refusal) {
        return refusal.reasons().isEmpty() ? List.of(refusal.getMessage()) : refusal.reasons();
    }

    /** The typed scores by criterion code: every form field {@code score.<code>} (nothing else is a score). */
    static Map<String, String> scores(MultiValueMap<String, String> form) {
        Map<String, String> typed = new LinkedHashMap<>();
        form.forEach((key, values) -> {
            if (key.startsWith(SCORE) && !values.isEmpty()) {
                typed.put(key.substring(SCORE.length()), values.get(0));
            }
        });
        return typed;
    }

    private static void fill(Model model, Sheet sheet, Entry entry, Map<String, String> typed, String comment, List<String> errors) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("entry", entry);
        model.addAttribute("typed", typed);
        model.addAttribute("comment", comment == null ? "" : comment);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldErrors", HearingView.fieldErrors(sheet, entry, errors));
        model.addAttribute("total", HearingView.total(sheet, typed));
        model.addAttribute("previous", previous(sheet, entry.proposalId()));
        model.addAttribute("next", next(sheet, entry.proposalId()));
    }

    private static Entry entry(Sheet sheet, long proposalId) {
        Entry entry = sheet.entry(proposalId);
        if (entry == null) {
            throw new NotFoundException("提案が見つかりません");
        }
        return entry;
    }

    private static Entry previous(Sheet sheet, long proposalId) {
        int i = sheet.entries().indexOf(sheet.entry(proposalId));
        return i > 0 ? sheet.entries().get(i - 1) : null;
    }

    private static Entry next(Sheet sheet, long proposalId) {
        int i = sheet.entries().indexOf(sheet.entry(proposalId));
        return i >= 0 && i + 1 < sheet.entries().size() ? sheet.entries().get(i + 1) : null;
    }
}
