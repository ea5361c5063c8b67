package jp.kyodoflow.subsidy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.ForbiddenException;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.common.Paging;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.subsidy.SubsidyApplications;
import jp.kyodoflow.subsidy.SubsidyAwards;
import jp.kyodoflow.subsidy.SubsidyCalls;
import jp.kyodoflow.subsidy.SubsidyInputs;
import jp.kyodoflow.subsidy.SubsidyLedgers;
import jp.kyodoflow.subsidy.SubsidyViews;
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

/**
 * まちづくり活動支援金 through our API: the open call, applications and their ledgers and documents (the group
 * its own, staff those of their programme), the finance section's yearly ledger export, and the staff's writes
 * (a call, a 事前相談). Groups apply, report and ask for payment in the portal; the coordinator starts the yearly award
 * in Tasklist (優良事業表彰).
 */
@RestController
@RequestMapping("/api/subsidy")
class SubsidyController {

    private final SubsidyApplications applications;
    private final SubsidyCalls calls;
    private final SubsidyAwards awards;
    private final SubsidyLedgers ledgers;

    SubsidyController(SubsidyApplications applications, SubsidyCalls calls, SubsidyAwards awards, SubsidyLedgers ledgers) {
        this.applications = applications;
        this.calls = calls;
        this.awards = awards;
        this.ledgers = ledgers;
    }

    @GetMapping("/call")
    @Operation(summary = "The call open now, with the year's programmes, tracks, themes and expense categories")
    SubsidyViews.CallView openCall() {
        return applications.openCall().orElseThrow(() -> new NotFoundException("現在、支援金の募集はありません"));
    }

    @GetMapping("/applications")
    @Operation(summary = "Applications: a group user's own groups', or for staff those of the programmes they run",
            description = "Newest first, one page at a time (page, size; X-Total-Count and Link headers); "
                    + "status (e.g. GRANTED) narrows the list.")
    ResponseEntity<List<SubsidyViews.Summary>> list(@AuthenticationPrincipal CurrentUser user,
                                                    @RequestParam(required = false) Integer page,
                                                    @RequestParam(required = false) Integer size,
                                                    @RequestParam(required = false) String status) {
        Paging paging = Paging.of(page, size);
        return paging.response(applications.list(user, status, paging));
    }

    @GetMapping("/applications/{id}")
    SubsidyViews.ApplicationView get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return applications.view(user, id);
    }

    @GetMapping("/applications/{id}/ledger")
    @Operation(summary = "The application's money ledger: granted (each version), advanced, final, paid, to repay, repaid")
    SubsidyViews.LedgerView ledger(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return applications.ledger(user, id);
    }

    @GetMapping("/applications/{id}/documents/{documentId}")
    @Operation(summary = "An official document as issued (PDF)")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                    @PathVariable long documentId) {
        SubsidyViews.Pdf pdf = applications.document(user, id, documentId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename*=UTF-8''"
                        + URLEncoder.encode(pdf.filename(), StandardCharsets.UTF_8).replace("+", "%20"))
                .body(pdf.bytes());
    }

    @GetMapping("/ledger")
    @Operation(summary = "The finance section's ledger of a fiscal year, every line of every application (format=csv or xlsx)")
    ResponseEntity<byte[]> yearLedger(@AuthenticationPrincipal CurrentUser user, @RequestParam int fiscalYear,
                                      @RequestParam(defaultValue = "csv") String format) {
        SubsidyLedgers.Export export = ledgers.export(user, fiscalYear, format);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(export.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(export.filename(), StandardCharsets.UTF_8).replace("+", "%20"))
                .body(export.bytes());
    }

    @PostMapping("/calls")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Opens a call under the fiscal year's current rules (a programme's coordinator or the coordinator)")
    Map<String, Object> open(@AuthenticationPrincipal CurrentUser user,
                             @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
                                     examples = @ExampleObject(name = "募集", ref = SubsidyApiExamples.CALL)))
                             @Valid @RequestBody SubsidyInputs.OpenCall in) {
        requireSubsidyStaff(user);
        return Map.of("id", calls.open(in, user.userId()));
    }

    @PostMapping("/consultations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Records a 事前相談 with the coordinator or the support centre")
    Map<String, Object> consult(@AuthenticationPrincipal CurrentUser user,
                                @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
                                        examples = @ExampleObject(name = "事前相談", ref = SubsidyApiExamples.CONSULTATION)))
                                @Valid @RequestBody SubsidyInputs.Consultation in) {
        requireSubsidyStaff(user);
        return Map.of("id", calls.recordConsultation(in, user.userId()));
    }

    @GetMapping("/awards")
    @Operation(summary = "Published awards (case examples), newest year first, one page at a time (page, size)")
    ResponseEntity<List<SubsidyViews.AwardView>> awards(@RequestParam(required = false) Integer page,
                                                        @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return paging.response(awards.published(paging));
    }

    private void requireSubsidyStaff(CurrentUser user) {
        if (!calls.runsSubsidy(user)) {
            throw new ForbiddenException("支援金の募集と事前相談の記録は、支援金の担当（コーディネーター）が行います");
        }
    }
}
