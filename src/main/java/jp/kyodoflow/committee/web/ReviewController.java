package jp.kyodoflow.committee.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import java.util.List;
import jp.kyodoflow.common.ForbiddenException;
import jp.kyodoflow.common.Paging;
import jp.kyodoflow.committee.ReviewConfigService;
import jp.kyodoflow.committee.ReviewConfigService.ConfigView;
import jp.kyodoflow.committee.ReviewQueries;
import jp.kyodoflow.committee.ReviewRoundService;
import jp.kyodoflow.committee.ReviewRules;
import jp.kyodoflow.committee.RoundInputs;
import jp.kyodoflow.committee.round.Hearings;
import jp.kyodoflow.committee.round.RoundExports;
import jp.kyodoflow.committee.round.RoundFiles;
import jp.kyodoflow.committee.round.ScoreSubmission;
import jp.kyodoflow.committee.round.Sheets;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.Roles;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Committee review (審査会): configurations, rounds, score sheets, results and exports. */
@RestController
@RequestMapping("/api")
class ReviewController {

    record ConfigInput(String name, ReviewRules rules) {
    }

    private final ReviewConfigService configs;
    private final ReviewRoundService rounds;
    private final ReviewQueries queries;
    private final ScoreSubmission scoring;
    private final Hearings hearings;
    private final RoundFiles files;

    ReviewController(ReviewConfigService configs, ReviewRoundService rounds, ReviewQueries queries,
                     ScoreSubmission scoring, Hearings hearings, RoundFiles files) {
        this.configs = configs;
        this.rounds = rounds;
        this.queries = queries;
        this.scoring = scoring;
        this.hearings = hearings;
        this.files = files;
    }

    @GetMapping("/review-configs")
    List<ConfigView> configs(@AuthenticationPrincipal CurrentUser user) {
        requireStaff(user);
        return configs.list();
    }

    @PostMapping("/review-configs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save review rules as the next version of a named configuration")
    ConfigView saveConfig(@AuthenticationPrincipal CurrentUser user,
                          @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                  mediaType = "application/json", examples = @ExampleObject(name = "二段階審査",
                                  summary = "書類審査と公開プレゼンテーションの審査基準（coordinator）",
                                  value = ReviewApiExamples.CONFIG)))
                          @RequestBody ConfigInput in) {
        requireSecretariat(user);
        return configs.save(in.name(), in.rules(), user.userId());
    }

    @PostMapping("/review-rounds")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Set up a round and start CommitteeReviewProcess for it")
    ReviewQueries.RoundView createRound(@AuthenticationPrincipal CurrentUser user,
                                        @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "configId 3 "
                                                + "is 大府市方式 (公開プレゼンテーション only) in a new installation",
                                                content = @Content(mediaType = "application/json",
                                                examples = @ExampleObject(name = "公開審査会",
                                                summary = "大府市方式、委員3人、提案1件（coordinator）",
                                                value = ReviewApiExamples.ROUND)))
                                        @Valid @RequestBody RoundInputs.CreateRound in) {
        if (!user.has(Roles.COORDINATOR)) {
            throw new ForbiddenException("審査会の設定はコーディネーター（市民活動推進課）が行います");
        }
        long id = rounds.create(in, user.userId());
        rounds.start(id);
        return queries.round(user, id);
    }

    @GetMapping("/review-rounds")
    @Operation(summary = "The rounds the caller may see, newest first, one page at a time (page, size; X-Total-Count and Link)",
            description = "status (e.g. DECIDED) narrows the list.")
    ResponseEntity<List<ReviewQueries.RoundView>> list(@AuthenticationPrincipal CurrentUser user,
                                                       @RequestParam(required = false) Integer page,
                                                       @RequestParam(required = false) Integer size,
                                                       @RequestParam(required = false) String status) {
        Paging paging = Paging.of(page, size);
        return paging.response(queries.list(user, status, paging));
    }

    @GetMapping("/review-rounds/{id}")
    ReviewQueries.RoundView round(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return queries.round(user, id);
    }

    @GetMapping("/review-rounds/{id}/scores")
    List<ReviewQueries.ScoreView> scores(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return queries.scores(user, id);
    }

    @GetMapping("/review-rounds/{id}/score-sheet")
    @Operation(summary = "The caller's open score sheet for a stage (what to score)")
    List<Sheets.ScoreRow> openSheet(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                    @RequestParam ReviewRules.Stage stage) {
        return scoring.openSheet(user, id, stage);
    }

    @PostMapping("/review-rounds/{id}/score-sheet")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Submit the caller's whole score sheet for a stage (or an abstention)")
    void submitSheet(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                     @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "One row per proposal and "
                             + "criterion of GET /api/review-rounds/{id}/score-sheet (proposalId is the round's proposal id). "
                             + "The examples fit the round that the example of POST /api/review-rounds sets up.",
                             content = @Content(mediaType = "application/json", examples = {
                                 @ExampleObject(name = "採点", summary = "公開プレゼンテーションの採点（committee member）",
                                         value = ReviewApiExamples.SCORES),
                                 @ExampleObject(name = "棄権", summary = "採点しない（committee member）",
                                         value = ReviewApiExamples.ABSTENTION)}))
                     @Valid @RequestBody ScoreSubmission.SheetInput in) {
        scoring.submit(user, id, in);
    }

    record Attendance(long proposalId, boolean attended) {
    }

    @PostMapping("/review-rounds/{id}/attendance")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record whether a proposal's presenters attended the hearing")
    void attendance(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "proposalId is the round's "
                            + "proposal id (GET /api/review-rounds/{id}); the hearing order must be set",
                            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "出席",
                            summary = "発表者が出席した（coordinator）", value = ReviewApiExamples.ATTENDANCE)))
                    @RequestBody Attendance in) {
        if (!user.has(Roles.COORDINATOR)) {
            throw new ForbiddenException("出欠の記録はコーディネーター（事務局）が行います");
        }
        hearings.recordAttendance(id, in.proposalId(), in.attended(), user.userId());
    }

    @GetMapping("/review-rounds/{id}/export.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                               @RequestParam(defaultValue = "TOTALS") RoundExports.Sheet sheet) {
        return file(files.csv(user, id, sheet), "round-" + id + "-" + sheet.name().toLowerCase()
                + ".csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
    }

    @GetMapping("/review-rounds/{id}/export.xlsx")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return file(files.xlsx(user, id), "round-" + id + ".xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString()).body(body);
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.isStaff()) {
            throw new ForbiddenException("審査設定は市の職員と審査委員だけが参照できます");
        }
    }

    private static void requireSecretariat(CurrentUser user) {
        if (!user.has(Roles.COORDINATOR) && !user.has(Roles.ADMIN)) {
            throw new ForbiddenException("審査設定の変更はコーディネーターまたは管理者が行います");
        }
    }
}
