package jp.kyodoflow.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.proposals.AttachmentService;
import jp.kyodoflow.proposals.ProposalInputs;
import jp.kyodoflow.proposals.ProposalRoundService;
import jp.kyodoflow.proposals.ProposalRoundService.RoundView;
import jp.kyodoflow.proposals.ProposalService;
import jp.kyodoflow.proposals.ProposalService.ProposalView;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.tasks.WorkService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A group's proposals in マイページ: the draft form (new and edit), the proposal's page with its
 * timeline, attachments, correction after 差戻し and revision after 条件付き採択. Every step calls the
 * proposals module's services, and the group's process tasks complete through the tasks module, the
 * same path as the API and Tasklist. Which group and proposal come from the login and our records: a
 * proposal of another group is "not found", by address and by POST.
 */
@Controller
@RequestMapping("/mypage")
class ProposalPages {

    static final String CORRECT_TASK = "Task_CorrectProposal";
    static final String REVISE_TASK = "Task_ReviseProposal";

    private final ProposalService proposals;
    private final ProposalRoundService calls;
    private final AttachmentService attachments;
    private final WorkService work;
    private final ProposalFormPage formPage;
    private final TransactionTemplate transaction;

    ProposalPages(ProposalService proposals, ProposalRoundService calls, AttachmentService attachments, WorkService work,
                  ProposalFormPage formPage, TransactionTemplate transaction) {
        this.proposals = proposals;
        this.calls = calls;
        this.attachments = attachments;
        this.work = work;
        this.formPage = formPage;
        this.transaction = transaction;
    }

    /** From a call's page: the person's one group, or the choice on マイページ when there are several. */
    @GetMapping("/proposals/new")
    String newFor(@AuthenticationPrincipal CurrentUser me, @RequestParam("call") long callId) {
        List<Long> groups = me.civicGroupIds();
        if (groups.size() != 1) {
            return "redirect:/mypage";
        }
        return "redirect:/mypage/groups/" + groups.get(0) + "/proposals/new?call=" + callId;
    }

    @GetMapping("/groups/{groupId}/proposals/new")
    String newForm(@AuthenticationPrincipal CurrentUser me, @PathVariable long groupId, @RequestParam("call") long callId,
                   Model model) {
        RoundView call = openCall(me, groupId, callId);
        return newPage(model, ProposalForm.blank(), groupId, call, FormErrors.none());
    }

    @PostMapping("/groups/{groupId}/proposals")
    String create(@AuthenticationPrincipal CurrentUser me, @PathVariable long groupId, @RequestParam("call") long callId,
                  @ModelAttribute("form") ProposalForm form, BindingResult binding,
                  @RequestParam(name = "action", defaultValue = "save") String action, Model model) {
        RoundView call = openCall(me, groupId, callId);
        if (RowActions.apply(form, action) || binding.hasErrors()) {
            return newPage(model, form, groupId, call, formPage.bindingErrors(binding));
        }
        try {
            ProposalView created = proposals.create(me, callId,
                    new ProposalInputs.ProposalInput(groupId, form.toContent(), "submit".equals(action)));
            return "submit".equals(action) ? "redirect:/mypage/proposals/" + created.id() + "?submitted"
                    : "redirect:/mypage/proposals/" + created.id() + "/edit?saved";
        } catch (BusinessRuleException refusal) {
            return newPage(model, form, groupId, call, formPage.refusal(refusal));
        }
    }

    @GetMapping("/proposals/{id}/edit")
    String editForm(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        ProposalView p = own(me, id);
        if (!editable(p)) {
            return "redirect:/mypage/proposals/" + id;
        }
        return editPage(model, me, ProposalForm.of(p.content(), p.version()), p, calls.get(p.roundId()), FormErrors.none());
    }

    @PostMapping("/proposals/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                @ModelAttribute("form") ProposalForm form, BindingResult binding,
                @RequestParam(name = "action", defaultValue = "save") String action, Model model) {
        ProposalView p = own(me, id);
        RoundView call = calls.get(p.roundId());
        if (RowActions.apply(form, action) || binding.hasErrors()) {
            return editPage(model, me, form, p, call, formPage.bindingErrors(binding));
        }
        try {
            transaction.executeWithoutResult(tx -> {
                proposals.update(me, id, form.toContent(), form.getVersion());
                if ("submit".equals(action) && "DRAFT".equals(p.status())) {
                    proposals.submit(me, id);
                } else if ("submit".equals(action) && "SENT_BACK".equals(p.status())) {
                    completeGroupTask(me, id, CORRECT_TASK, Map.of("correctionDone", true));
                }
            });
        } catch (OptimisticLockingFailureException stale) {
            FormErrors errors = FormErrors.none();
            errors.add(null, formPage.message("proposal.form.stale"));
            return editPage(model, me, form, p, call, errors);
        } catch (BusinessRuleException refusal) {
            return editPage(model, me, form, p, call, formPage.refusal(refusal));
        }
        return "submit".equals(action) ? "redirect:/mypage/proposals/" + id + "?submitted"
                : "redirect:/mypage/proposals/" + id + "/edit?saved";
    }

    @GetMapping("/proposals/{id}")
    String page(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        ProposalView p = own(me, id);
        model.addAttribute("p", p);
        model.addAttribute("call", calls.get(p.roundId()));
        model.addAttribute("timeline", ProposalTimeline.of(p.status()));
        model.addAttribute("attachments", attachments.list(me, id));
        model.addAttribute("editable", editable(p));
        model.addAttribute("names", formPage.names());
        return "portal/proposal";
    }

    /** 条件付き採択: the group reports its revision (the ReviseProposal task, as in Tasklist). */
    @PostMapping("/proposals/{id}/revise")
    String revise(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                  @RequestParam(name = "revisionSummary", defaultValue = "") String summary, RedirectAttributes flash) {
        own(me, id);
        try {
            completeGroupTask(me, id, REVISE_TASK, Map.of("revisionSummary", summary));
        } catch (BusinessRuleException refusal) {
            flash.addFlashAttribute("actionError", refusal.getMessage());
            flash.addFlashAttribute("revisionSummary", summary);
            return "redirect:/mypage/proposals/" + id;
        }
        return "redirect:/mypage/proposals/" + id + "?revised";
    }

    /** 差戻し: the corrected proposal goes back to 要件審査 (the CorrectProposal task, as in Tasklist). */
    @PostMapping("/proposals/{id}/resubmit")
    String resubmit(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, RedirectAttributes flash) {
        own(me, id);
        try {
            completeGroupTask(me, id, CORRECT_TASK, Map.of("correctionDone", true));
        } catch (BusinessRuleException refusal) {
            flash.addFlashAttribute("actionError", refusal.getMessage());
            return "redirect:/mypage/proposals/" + id;
        }
        return "redirect:/mypage/proposals/" + id + "?submitted";
    }

    @PostMapping("/proposals/{id}/attachments")
    String upload(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                  @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes flash) throws IOException {
        own(me, id);
        try {
            attachments.upload(me, id, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
            flash.addFlashAttribute("attachmentDone", true);
        } catch (BusinessRuleException refusal) {
            flash.addFlashAttribute("attachmentError", refusal.getMessage());
        }
        return "redirect:/mypage/proposals/" + id + "/edit#attachments";
    }

    @GetMapping("/proposals/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                                    @PathVariable long attachmentId) {
        own(me, id);
        AttachmentService.FileContent f = attachments.download(me, id, attachmentId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(f.data());
    }

    private String newPage(Model model, ProposalForm form, long groupId, RoundView call, FormErrors errors) {
        model.addAttribute("formAction", "/mypage/groups/" + groupId + "/proposals?call=" + call.id());
        return formPage.render(model, form, null, call, null, errors);
    }

    private String editPage(Model model, CurrentUser me, ProposalForm form, ProposalView p, RoundView call, FormErrors errors) {
        model.addAttribute("formAction", "/mypage/proposals/" + p.id() + "/edit");
        return formPage.render(model, form, p, call, attachments.list(me, p.id()), errors);
    }

    /** The group's open task of this proposal's case, completed through the same service as the API's task door. */
    private void completeGroupTask(CurrentUser me, long id, String taskKey, Map<String, Object> values) {
        String instance = proposals.processInstanceOf(me, id);
        WorkService.TaskView task = work.myTasksIn(me, instance, taskKey).stream().findFirst().orElseThrow(() -> new BusinessRuleException(formPage.message("proposal.noTask")));
        work.complete(me, task.id(), values);
    }

    /** A proposal of a group the person acts for; staff who may read it elsewhere get "not found" here too. */
    private ProposalView own(CurrentUser me, long id) {
        ProposalView p = proposals.get(me, id);
        if (!me.actsFor(p.groupId())) {
            throw new NotFoundException("提案が見つかりません");
        }
        return p;
    }

    private RoundView openCall(CurrentUser me, long groupId, long callId) {
        if (!me.actsFor(groupId)) {
            throw new NotFoundException("団体が見つかりません");
        }
        return calls.get(callId);
    }

    private static boolean editable(ProposalView p) {
        return List.of("DRAFT", "SENT_BACK", "REVISING").contains(p.status());
    }
}
