package jp.kyodoflow.portal;

import java.util.List;
import jp.kyodoflow.audit.AuditTrail;
import jp.kyodoflow.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A case's history as a page: who decided what, when and why. Staff who may read the case (the owning
 * module's rule, {@link CaseReading}) see every line with names and roles; the group whose case it is sees the
 * lines that are not internal, with the city's people as 市の担当者 / 審査委員会 ({@link HistoryLines}).
 * Anyone else: "not found".
 */
@Controller
class CaseHistoryPages {

    private final CaseReading cases;
    private final AuditTrail trail;
    private final HistoryLines lines;

    CaseHistoryPages(CaseReading cases, AuditTrail trail, HistoryLines lines) {
        this.cases = cases;
        this.trail = trail;
        this.lines = lines;
    }

    @GetMapping("/staff/cases/{caseType}/{caseId}/history")
    String staff(@AuthenticationPrincipal CurrentUser me, @PathVariable String caseType, @PathVariable long caseId,
                 Model model) {
        CaseReading.Case c = cases.forStaff(me, caseType, caseId);
        return page(model, c, lines.forStaff(trail.lines(c.auditType(), caseId, true)), true);
    }

    @GetMapping("/mypage/cases/{caseType}/{caseId}/history")
    String group(@AuthenticationPrincipal CurrentUser me, @PathVariable String caseType, @PathVariable long caseId,
                 Model model) {
        CaseReading.Case c = cases.forGroup(me, caseType, caseId);
        return page(model, c, lines.forGroup(me, c.groupId(), trail.lines(c.auditType(), caseId, false)), false);
    }

    private static String page(Model model, CaseReading.Case c, List<HistoryLines.Shown> shown, boolean staff) {
        model.addAttribute("case", c);
        model.addAttribute("lines", shown);
        model.addAttribute("staffView", staff);
        return "portal/case-history";
    }
}
