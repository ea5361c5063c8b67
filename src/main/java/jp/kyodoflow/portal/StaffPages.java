package jp.kyodoflow.portal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.committee.HearingConsole;
import jp.kyodoflow.committee.ReviewExports;
import jp.kyodoflow.committee.ReviewQueries;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.municipality.MunicipalityProperties;
import jp.kyodoflow.proposals.CallBoard;
import jp.kyodoflow.proposals.ProposalRoundService;
import jp.kyodoflow.proposals.ProposalRoundService.RoundView;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.tasks.WorkService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * City staff's pages: 本日のページ ({@code /staff}: their calls, their open tasks and the way to Tasklist) and
 * the coordinator's call page ({@code /staff/calls/{id}}: rules, proposals with step, deadline, opinions and the
 * committee's result, and the exports). What a person sees of the proposals is the proposals module's rule, of
 * the committee round the committee's; anyone who is not staff gets "not found".
 */
@Controller
@RequestMapping("/staff")
class StaffPages {

    /** Proposals per page of the call's page (the CSV has them all). */
    static final int PAGE_SIZE = 50;
    /** Tasks listed on 本日のページ (the rest are in Tasklist, which pages and filters them). */
    static final int TASKS_SHOWN = 50;

    private final ProposalRoundService calls;
    private final CallBoard board;
    private final ReviewQueries reviews;
    private final ReviewExports exports;
    private final GroupRegister register;
    private final WorkService work;
    private final MunicipalityProperties city;
    private final CallCsv csv;
    private final PortalFormat format;
    private final HearingConsole hearings;

    StaffPages(ProposalRoundService calls, CallBoard board, ReviewQueries reviews, ReviewExports exports,
               GroupRegister register, WorkService work, MunicipalityProperties city, CallCsv csv,
               PortalFormat format, HearingConsole hearings) {
        this.calls = calls;
        this.board = board;
        this.reviews = reviews;
        this.exports = exports;
        this.register = register;
        this.work = work;
        this.city = city;
        this.csv = csv;
        this.format = format;
        this.hearings = hearings;
    }

    @GetMapping
    String today(@AuthenticationPrincipal CurrentUser me, Model model) {
        requireStaff(me);
        model.addAttribute("calls", calls.list());
        model.addAttribute("taskCount", work.countMyTasks(me));
        model.addAttribute("tasks", work.myOldestTasks(me, TASKS_SHOWN));
        model.addAttribute("outstandingSheets", hearings.outstandingSheets(me));
        return "portal/staff-today";
    }

    @GetMapping("/calls")
    String callList(@AuthenticationPrincipal CurrentUser me, Model model) {
        return today(me, model);
    }

    @GetMapping("/calls/{roundId}")
    String call(@AuthenticationPrincipal CurrentUser me, @PathVariable long roundId,
                @RequestParam(defaultValue = "1") int page, Model model) {
        requireStaff(me);
        RoundView round = calls.get(roundId);
        List<CallBoard.Row> rows = board.proposals(me, roundId);
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        model.addAttribute("round", round);
        model.addAttribute("rules", OpenCall.of(round, format));
        model.addAttribute("total", rows.size());
        model.addAttribute("rows", rows.subList((shown - 1) * PAGE_SIZE, Math.min(rows.size(), shown * PAGE_SIZE)));
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("groupNames", groupNames(me));
        model.addAttribute("departments", departmentNames());
        ReviewQueries.RoundView committee = committeeRound(me, round);
        model.addAttribute("committee", committee);
        model.addAttribute("results", committee == null ? Map.of() : committee.proposals().stream()
                .filter(p -> "CITIZEN_PROPOSAL".equals(p.refType()) && p.refId() != null)
                .collect(Collectors.toMap(ReviewQueries.ProposalView::refId, Function.identity(), (a, b) -> a)));
        model.addAttribute("sheets", exports.sheets());
        return "portal/staff-call";
    }

    /** The call's proposal list as CSV (UTF-8 with BOM for Excel): the rows of the page, as the person may read them. */
    @GetMapping("/calls/{roundId}/proposals.csv")
    ResponseEntity<byte[]> proposalsCsv(@AuthenticationPrincipal CurrentUser me, @PathVariable long roundId) {
        requireStaff(me);
        calls.get(roundId);
        byte[] body = csv.proposals(board.proposals(me, roundId), groupNames(me), departmentNames());
        return file(body, "call-" + roundId + "-proposals.csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    /** The committee round's exports, through the committee's own export service (the API's rules apply). */
    @GetMapping("/review-rounds/{id}/export.csv")
    ResponseEntity<byte[]> reviewCsv(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                                     @RequestParam(defaultValue = "TOTALS") String sheet) {
        requireStaff(me);
        return file(exports.csv(me, id, sheet), "round-" + id + "-" + sheet.toLowerCase() + ".csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping("/review-rounds/{id}/export.xlsx")
    ResponseEntity<byte[]> reviewXlsx(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        requireStaff(me);
        return file(exports.xlsx(me, id), "round-" + id + ".xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private ReviewQueries.RoundView committeeRound(CurrentUser me, RoundView round) {
        if (round.committeeRoundId() == null) {
            return null;
        }
        try {
            return reviews.round(me, round.committeeRoundId());
        } catch (NotFoundException notYours) {
            return null;
        }
    }

    private Map<Long, String> groupNames(CurrentUser me) {
        return register.list(me).stream().collect(Collectors.toMap(GroupRegister.GroupSummary::id,
                GroupRegister.GroupSummary::name, (a, b) -> a));
    }

    private Map<String, String> departmentNames() {
        return city.departments().stream().collect(Collectors.toMap(MunicipalityProperties.Department::id,
                MunicipalityProperties.Department::name, (a, b) -> a));
    }

    static void requireStaff(CurrentUser me) {
        if (me == null || !me.isStaff()) {
            throw new NotFoundException("ページが見つかりません");
        }
    }

    static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString()).body(body);
    }
}
