package jp.kyodoflow.proposals.process;

import jp.kyodoflow.proposals.DepartmentOpinions;
import jp.kyodoflow.proposals.ProposalDecisions;
import jp.kyodoflow.proposals.ProposalInputs;
import jp.kyodoflow.proposals.ProposalScreening;
import jp.kyodoflow.workflow.Actor;
import jp.kyodoflow.workflow.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task listeners of CitizenProposalProcess. */
@Component("proposalTasks")
public class ProposalTasks {

    private final ProposalScreening screening;
    private final DepartmentOpinions opinions;
    private final ProposalDecisions decisions;

    ProposalTasks(ProposalScreening screening, DepartmentOpinions opinions, ProposalDecisions decisions) {
        this.screening = screening;
        this.opinions = opinions;
        this.decisions = decisions;
    }

    public void confirmEligibility(DelegateTask task) {
        FormValues v = FormValues.of(task);
        screening.confirmEligibility(id(task), v.text("eligibilityDecision"), v.text("eligibilityReason"), Actor.of(task));
    }

    public void correctProposal(DelegateTask task) {
        if (!FormValues.of(task).flag("correctionDone")) {
            throw new jp.kyodoflow.common.BusinessRuleException("提案を修正してから「修正を終えたので再提出します」にチェックしてください");
        }
        screening.resubmit(id(task), Actor.of(task));
        task.removeVariable("correctionDone");
        // the next 要件審査 starts blank: the send-back's decision and reason are not the next decision's
        task.removeVariable("eligibilityDecision");
        task.removeVariable("eligibilityReason");
    }

    public void prepareOpinion(DelegateTask task) {
        task.setVariableLocal("feasibility", null);
        task.setVariableLocal("roleFit", null);
        task.setVariableLocal("budgetAvailability", null);
        task.setVariableLocal("opinionComments", null);
    }

    public void giveOpinion(DelegateTask task) {
        FormValues v = FormValues.of(task);
        opinions.recordOpinion(id(task), askedDepartment(task), new ProposalInputs.DepartmentOpinion(
                v.text("feasibility"), v.text("roleFit"), v.text("budgetAvailability"), v.text("opinionComments")),
                Actor.of(task));
    }

    public void reviseProposal(DelegateTask task) {
        decisions.revise(id(task), FormValues.of(task).text("revisionSummary"), Actor.of(task));
        // the next confirmation starts blank: the earlier request is not the next decision's comment
        task.removeVariable("revisionDecision");
        task.removeVariable("revisionComment");
    }

    public void confirmRevision(DelegateTask task) {
        FormValues v = FormValues.of(task);
        decisions.confirmRevision(id(task), v.text("revisionDecision"), v.text("revisionComment"),
                Boolean.TRUE.equals(task.getVariable("budgetVoteRequired")), Actor.of(task));
        if ("REQUEST_AGAIN".equals(v.text("revisionDecision"))) {
            task.setVariable("revisionRequest", v.text("revisionComment"));
        }
    }

    /** The department asked is the task's candidate group, set by the engine, not a variable. */
    static String askedDepartment(DelegateTask task) {
        return task.getCandidates().stream().map(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
                .filter(g -> g != null && g.startsWith(jp.kyodoflow.security.Roles.DEPARTMENT_PREFIX))
                .findFirst().orElseThrow(() -> new IllegalStateException("opinion task " + task.getId()
                        + " has no department candidate group"));
    }

    static long id(DelegateTask task) {
        return jp.kyodoflow.workflow.CaseKeys.id(task, jp.kyodoflow.workflow.CaseKeys.PROPOSAL);
    }
}
