package jp.kyodoflow.proposals.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import jp.kyodoflow.common.ForbiddenException;
import jp.kyodoflow.common.Paging;
import jp.kyodoflow.proposals.AttachmentService;
import jp.kyodoflow.proposals.ProposalContent;
import jp.kyodoflow.proposals.ProposalInputs;
import jp.kyodoflow.proposals.ProposalRoundService;
import jp.kyodoflow.proposals.ProposalService;
import jp.kyodoflow.proposals.ProposalService.ProposalView;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 市民提案型協働事業: calls, pre-consultations, proposals and their attachments. */
@RestController
@RequestMapping("/api")
class ProposalController {

    record ContentUpdate(ProposalContent content, Integer version) {
    }

    private final ProposalRoundService rounds;
    private final ProposalService proposals;
    private final AttachmentService attachments;

    ProposalController(ProposalRoundService rounds, ProposalService proposals, AttachmentService attachments) {
        this.rounds = rounds;
        this.proposals = proposals;
        this.attachments = attachments;
    }

    @PostMapping("/proposal-rounds")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a yearly call (starts CitizenProposalRoundProcess)")
    ProposalRoundService.RoundView createRound(@AuthenticationPrincipal CurrentUser user,
                                               @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                                       mediaType = "application/json", examples = @ExampleObject(
                                                       name = "募集", ref = ProposalApiExamples.CALL)))
                                               @Valid @RequestBody ProposalInputs.CreateRound in) {
        requireCoordinator(user);
        return rounds.create(in, user.userId());
    }

    @GetMapping("/proposal-rounds")
    @Operation(summary = "The calls, newest first, one page at a time (page, size; X-Total-Count and Link headers)")
    ResponseEntity<List<ProposalRoundService.RoundView>> rounds(@RequestParam(required = false) Integer page,
                                                                @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return paging.response(rounds.list(paging));
    }

    @GetMapping("/proposal-rounds/{id}")
    ProposalRoundService.RoundView round(@PathVariable long id) {
        return rounds.get(id);
    }

    @PostMapping("/proposal-rounds/{id}/close")
    @Operation(summary = "Close the call now (the closing timer fires at once)")
    ProposalRoundService.RoundView close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        requireCoordinator(user);
        return rounds.closeEarly(id, user.userId());
    }

    @PostMapping("/proposal-rounds/{id}/pre-consultations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a pre-consultation (事前相談) with a group")
    ProposalRoundService.PreConsultationView preConsultation(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                                             @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                                                     content = @Content(mediaType = "application/json",
                                                                     examples = @ExampleObject(name = "事前相談",
                                                                     ref = ProposalApiExamples.PRE_CONSULTATION)))
                                                             @Valid @RequestBody ProposalInputs.PreConsultationInput in) {
        if (!user.has(Roles.COORDINATOR) && user.departments().isEmpty()) {
            throw new ForbiddenException("事前相談の記録は、市民活動推進課または担当課の職員が行います");
        }
        return rounds.recordPreConsultation(id, in, user.userId());
    }

    @GetMapping("/proposal-rounds/{id}/pre-consultations")
    List<ProposalRoundService.PreConsultationView> preConsultations(@AuthenticationPrincipal CurrentUser user,
                                                                    @PathVariable long id) {
        return rounds.preConsultations(user, id);
    }

    @PostMapping("/proposal-rounds/{id}/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A group drafts a proposal, or submits it at once (submit=true)",
            description = "The examples fit the demo call (id 1), to which group 1 (applicant1) has come for 事前相談.")
    ProposalView create(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                        @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                mediaType = "application/json", examples = {
                                    @ExampleObject(name = "提出", ref = ProposalApiExamples.SUBMISSION),
                                    @ExampleObject(name = "下書き", ref = ProposalApiExamples.DRAFT)}))
                        @Valid @RequestBody ProposalInputs.ProposalInput in) {
        return proposals.create(user, id, in);
    }

    @GetMapping("/proposals")
    @Operation(summary = "The caller's proposals with their step, what is expected next and by when",
            description = "Newest first, one page at a time (page, size; X-Total-Count and Link headers); "
                    + "roundId and status (e.g. SUBMITTED) narrow the list.")
    ResponseEntity<List<ProposalView>> list(@AuthenticationPrincipal CurrentUser user,
                                            @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size,
                                            @RequestParam(required = false) Long roundId,
                                            @RequestParam(required = false) String status) {
        Paging paging = Paging.of(page, size);
        return paging.response(proposals.list(user, roundId, status, paging));
    }

    @GetMapping("/proposals/{id}")
    ProposalView get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return proposals.get(user, id);
    }

    @PutMapping("/proposals/{id}")
    @Operation(summary = "Rewrite a draft (or a proposal sent back for correction)",
            description = "version is the proposal's version as read (GET /api/proposals/{id}): if it has changed "
                    + "since, the update is refused (409); without it, the content is overwritten.")
    ProposalView update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                        @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                mediaType = "application/json", examples = @ExampleObject(name = "書き直し",
                                ref = ProposalApiExamples.EDIT)))
                        @RequestBody ContentUpdate in) {
        return proposals.update(user, id, in.content(), in.version());
    }

    @PostMapping("/proposals/{id}/submit")
    ProposalView submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return proposals.submit(user, id);
    }

    @PostMapping(path = "/proposals/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    AttachmentService.AttachmentView upload(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                            @RequestParam("file") MultipartFile file) throws IOException {
        return attachments.upload(user, id, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/proposals/{id}/attachments")
    List<AttachmentService.AttachmentView> attachments(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return attachments.list(user, id);
    }

    @GetMapping("/proposals/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                    @PathVariable long attachmentId) {
        AttachmentService.FileContent f = attachments.download(user, id, attachmentId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(f.data());
    }

    private static void requireCoordinator(CurrentUser user) {
        if (!user.has(Roles.COORDINATOR)) {
            throw new ForbiddenException("募集の設定はコーディネーター（市民活動推進課）が行います");
        }
    }
}
