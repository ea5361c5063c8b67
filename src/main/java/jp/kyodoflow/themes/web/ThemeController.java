package jp.kyodoflow.themes.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import java.util.List;
import jp.kyodoflow.common.Paging;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.themes.ThemeCalls;
import jp.kyodoflow.themes.ThemeEntries;
import jp.kyodoflow.themes.ThemeInputs;
import jp.kyodoflow.themes.ThemeQuestions;
import jp.kyodoflow.themes.ThemeService;
import jp.kyodoflow.themes.ThemeService.ThemeView;
import org.springframework.http.HttpStatus;
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

/** 行政提案型協働事業: themes, their calls, their Q&A, their proposals and outcomes. */
@RestController
@RequestMapping("/api")
class ThemeController {

    private final ThemeService themes;
    private final ThemeCalls calls;
    private final ThemeQuestions questions;
    private final ThemeEntries entries;

    ThemeController(ThemeService themes, ThemeCalls calls, ThemeQuestions questions, ThemeEntries entries) {
        this.themes = themes;
        this.calls = calls;
        this.questions = questions;
        this.entries = entries;
    }

    @GetMapping("/themes")
    @Operation(summary = "Published themes, and the caller's department's (all of them for the coordinator and approver)",
            description = "Newest year first, one page at a time (page, size; X-Total-Count and Link headers); "
                    + "fiscalYear and status (e.g. PUBLISHED) narrow the list.")
    ResponseEntity<List<ThemeView>> list(@AuthenticationPrincipal CurrentUser user,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size,
                                         @RequestParam(required = false) Integer fiscalYear,
                                         @RequestParam(required = false) String status) {
        Paging paging = Paging.of(page, size);
        return paging.response(themes.list(user, fiscalYear, status, paging));
    }

    @GetMapping("/themes/{id}")
    ThemeView get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return themes.get(user, id);
    }

    @PostMapping("/themes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A department drafts a theme (starts AdministrationThemeProcess in the drafter's department)")
    ThemeView draft(@AuthenticationPrincipal CurrentUser user,
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
                            examples = @ExampleObject(name = "テーマ作成", ref = ThemeApiExamples.DRAFT)))
                    @RequestBody ThemeInputs.ThemeDraft in) {
        return themes.draft(user, in);
    }

    @GetMapping("/themes/{id}/questions")
    @Operation(summary = "The published answers of a published theme (without who asked)")
    List<ThemeQuestions.AnswerView> answers(@PathVariable long id) {
        return questions.published(id);
    }

    @PostMapping("/themes/{id}/questions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A group asks about a published theme before the call's Q&A cut-off")
    ThemeQuestions.OwnQuestion ask(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                   @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                           mediaType = "application/json", examples = @ExampleObject(name = "質問",
                                           ref = ThemeApiExamples.QUESTION)))
                                   @Valid @RequestBody ThemeInputs.QuestionInput in) {
        return questions.ask(user, id, in);
    }

    @GetMapping("/themes/{id}/proposals")
    @Operation(summary = "Each publication's proposals with their groups (the theme's department and city-wide staff)")
    List<ThemeEntries.PublicationProposals> proposals(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return entries.proposals(user, id);
    }

    @GetMapping("/themes/{id}/outcome")
    @Operation(summary = "Each publication's outcome: partner, re-publication or withdrawal")
    List<ThemeEntries.PublicationOutcome> outcome(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return entries.outcome(user, id);
    }

    @PostMapping("/theme-calls")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The coordinator publishes approved themes of one year (starts AdministrationCallProcess)")
    ThemeCalls.CallView publish(@AuthenticationPrincipal CurrentUser user,
                                @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                        mediaType = "application/json", examples = @ExampleObject(name = "公募",
                                        ref = ThemeApiExamples.PUBLISH)))
                                @Valid @RequestBody ThemeInputs.PublishCall in) {
        return calls.publish(user, in);
    }

    @GetMapping("/theme-calls")
    @Operation(summary = "The calls for themes, newest first, one page at a time (page, size; X-Total-Count and Link)")
    ResponseEntity<List<ThemeCalls.CallView>> calls(@RequestParam(required = false) Integer page,
                                                    @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return paging.response(calls.list(paging));
    }

    @GetMapping("/theme-calls/{id}")
    ThemeCalls.CallView call(@PathVariable long id) {
        return calls.get(id);
    }
}
