package jp.kyodoflow.projects;

import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.projects.ProjectInputs.Partner;
import jp.kyodoflow.projects.events.CollaborationConsidered;
import jp.kyodoflow.projects.events.CollaborationFormChosen;
import jp.kyodoflow.projects.events.EndorsementDecided;
import jp.kyodoflow.projects.events.InformalCollaborationRecorded;
import jp.kyodoflow.projects.events.PartnerSelected;
import jp.kyodoflow.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department's choices before anything is arranged: whether to collaborate at all (協働の検討),
 * in which form (協働のかたちの選択), the approver's endorsement (後援の承認), the record of an informal
 * collaboration, and the partner (協働相手の選定).
 */
@Service
@Transactional
public class CollaborationPlanning {

    /** The answers of ConsiderCollaborationForm and ApproveEndorsementForm, by their form values. */
    private enum Collaborate { YES, NO }

    private enum Endorsement { APPROVE, REJECT }

    private final ProjectRepository projects;
    private final GroupRegister register;
    private final ApplicationEventPublisher events;

    CollaborationPlanning(ProjectRepository projects, GroupRegister register, ApplicationEventPublisher events) {
        this.projects = projects;
        this.register = register;
        this.events = events;
    }

    public void considerCollaboration(long id, String decision, String reason, String actor) {
        CollaborationProject p = projects.require(id);
        p.requireStatus(ProjectStatus.CONSIDERING);
        Collaborate answer = ProjectValidation.choice(decision, Collaborate.class, "協働で取り組むかどうか");
        ProjectValidation.required(reason, "判断の理由");
        if (answer == Collaborate.NO) {
            p.status = ProjectStatus.NOT_SUITABLE;
        }
        events.publishEvent(new CollaborationConsidered(id, answer == Collaborate.YES, reason, actor));
    }

    public CollaborationForm selectCollaborationType(long id, String code, String reason, String actor) {
        CollaborationProject p = projects.require(id);
        p.requireStatus(ProjectStatus.CONSIDERING);
        CollaborationForm form = CollaborationForm.parse(code);
        ProjectValidation.required(reason, "選んだ理由");
        p.collaborationForm = form;
        p.status = ProjectStatus.FORM_SELECTED;
        events.publishEvent(new CollaborationFormChosen(id, form.name(), form.label(), reason, actor));
        return form;
    }

    public void approveEndorsement(long id, String decision, String comment, String actor) {
        CollaborationProject p = projects.require(id);
        p.requireStatus(ProjectStatus.FORM_SELECTED);
        Endorsement answer = ProjectValidation.choice(decision, Endorsement.class, "後援の可否");
        if (answer == Endorsement.REJECT) {
            ProjectValidation.required(comment, "承認しない理由（意見）");
        }
        p.status = answer == Endorsement.APPROVE ? ProjectStatus.ENDORSED : ProjectStatus.ENDORSEMENT_REJECTED;
        events.publishEvent(new EndorsementDecided(id, answer == Endorsement.APPROVE, comment, actor));
    }

    /** Task_RecordInformalCollaboration: 情報交換 and 企画計画への参画 are recorded and end. */
    public void recordInformalCollaboration(long id) {
        CollaborationProject p = projects.require(id);
        p.requireStatus(ProjectStatus.FORM_SELECTED);
        p.status = ProjectStatus.RECORDED;
        events.publishEvent(new InformalCollaborationRecorded(id, p.collaborationForm.name(), p.collaborationForm.label()));
    }

    /** The partner is a group registered now; the group is told it was chosen. */
    public Partner selectPartner(long id, String groupIdText, String reason, String actor) {
        CollaborationProject p = projects.require(id);
        p.requireStatus(ProjectStatus.FORM_SELECTED);
        long groupId = ProjectValidation.id(groupIdText, "協働相手（登録団体）");
        ProjectValidation.required(reason, "選定理由");
        GroupRegister.GroupSummary group = register.find(groupId).map(GroupRegister.GroupDetail::group)
                .filter(g -> "REGISTERED".equals(g.status()))
                .orElseThrow(() -> new BusinessRuleException("選んだ団体は登録団体ではありません（登録が失効している可能性があります）"));
        p.partnerGroupId = groupId;
        p.status = ProjectStatus.ARRANGING;
        events.publishEvent(new PartnerSelected(id, p.title, groupId, reason, actor));
        return new Partner(Roles.civicGroup(groupId), group.name());
    }
}
