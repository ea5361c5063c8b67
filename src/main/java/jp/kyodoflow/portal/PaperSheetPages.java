package jp.kyodoflow.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.committee.HearingConsole;
import jp.kyodoflow.committee.HearingConsole.Sheet;
import jp.kyodoflow.security.CurrentUser;
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
 * The secretariat's paper entry (紙の採点票の代理入力) when a member's tablet fails: a coordinator types in the
 * member's paper sheet; the committee module records it as the member's, entered by the coordinator, and
 * completes the member's open scoring task. Anyone but a coordinator, or a member not on the round, finds nothing.
 */
@Controller
@RequestMapping("/staff/rounds/{roundId}/paper-sheets/{memberId}")
class PaperSheetPages {

    private final HearingConsole console;

    PaperSheetPages(HearingConsole console) {
        this.console = console;
    }

    @GetMapping
    String form(@AuthenticationPrincipal CurrentUser me, @PathVariable long roundId, @PathVariable String memberId,
                @RequestParam(required = false) String entered, Model model) {
        Sheet sheet = console.paperSheet(me, roundId, memberId);
        Map<String, String> typed = new LinkedHashMap<>();
        sheet.entries().forEach(e -> e.scores().forEach((code, score) -> typed.put(e.proposalId() + "." + code, String.valueOf(score))));
        fill(model, sheet, typed, "", List.of());
        model.addAttribute("entered", entered != null);
        return "portal/hearing/paper-sheet";
    }

    @PostMapping
    ModelAndView enter(@AuthenticationPrincipal CurrentUser me, @PathVariable long roundId, @PathVariable String memberId,
                       @RequestParam MultiValueMap<String, String> form, Model model) {
        Map<String, String> typed = HearingPages.scores(form);
        Map<Long, Map<String, String>> byProposal = new LinkedHashMap<>();
        try {
            typed.forEach((key, value) -> {
                String[] k = key.split("\\.", 2);
                if (k.length == 2 && !value.isBlank()) {
                    byProposal.computeIfAbsent(Long.parseLong(k[0]), x -> new LinkedHashMap<>()).put(k[1], value);
                }
            });
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("採点票の形式が正しくありません");
        }
        String note = form.getFirst("note");
        try {
            console.enterPaperSheet(me, roundId, memberId, byProposal, note);
        } catch (RuntimeException e) {
            BusinessRuleException refusal = BusinessRuleException.findIn(e).orElseThrow(() -> e);
            fill(model, console.paperSheet(me, roundId, memberId), typed, note, HearingPages.reasons(refusal));
            model.addAttribute("entered", false);
            return new ModelAndView("portal/hearing/paper-sheet", model.asMap(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return new ModelAndView("redirect:/staff/rounds/" + roundId + "/paper-sheets/" + memberId + "?entered");
    }

    private static void fill(Model model, Sheet sheet, Map<String, String> typed, String note, List<String> errors) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("typed", typed);
        model.addAttribute("note", note == null ? "" : note);
        model.addAttribute("errors", errors);
    }
}
