package jp.kyodoflow.proposals.process;

import java.util.ArrayList;
import java.util.Date;
import jp.kyodoflow.proposals.DepartmentOpinions;
import jp.kyodoflow.proposals.ProposalDecisions;
import jp.kyodoflow.proposals.ProposalHandover;
import jp.kyodoflow.proposals.ProposalScreening;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Service tasks of CitizenProposalProcess; each calls one service method. */
@Component("proposalSteps")
public class ProposalSteps {

    private final ProposalScreening screening;
    private final DepartmentOpinions opinions;
    private final ProposalDecisions decisions;
    private final ProposalHandover handover;

    ProposalSteps(ProposalScreening screening, DepartmentOpinions opinions, ProposalDecisions decisions,
                  ProposalHandover handover) {
        this.screening = screening;
        this.opinions = opinions;
        this.decisions = decisions;
        this.handover = handover;
    }

    public void checkProposalEligibility(DelegateExecution execution) {
        var reasons = screening.checkEligibility(id(execution));
        execution.setVariable("eligibilitySummary", reasons.isEmpty() ? "自動確認では、要件を満たしていない点は見つかりませんでした。"
                : "要件を満たしていない点があります：\n・" + String.join("\n・", reasons));
        execution.setVariable("proposalSummary", screening.summary(id(execution)));
    }

    public void notifyNotAccepted(DelegateExecution execution) {
        screening.notAccepted(id(execution));
    }

    public void sendBackProposal(DelegateExecution execution) {
        var deadline = screening.sendBack(id(execution));
        execution.setVariable("correctionDeadline", Date.from(deadline.due().toInstant()));
        execution.setVariable("correctionReminderAt", Date.from(deadline.remindAt().toInstant()));
        execution.setVariable("correctionDeadlineLabel", jp.kyodoflow.common.JapaneseFormat.day(deadline.due()));
        execution.setVariable("sendBackReason", execution.getVariable("eligibilityReason"));
    }

    public void lapseProposal(DelegateExecution execution) {
        screening.lapse(id(execution));
    }

    public void remindProposalCorrection(DelegateExecution execution) {
        screening.remindCorrection(id(execution));
    }

    public void requestOpinions(DelegateExecution execution) {
        execution.setVariable("departmentIds", Variables.objectValue(new ArrayList<>(opinions.departmentsOf(id(execution))))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        var deadline = opinions.opinionDeadline();
        execution.setVariable("opinionDueDate", Date.from(deadline.due().toInstant()));
        execution.setVariable("opinionReminderAt", Date.from(deadline.remindAt().toInstant()));
        execution.setVariable("opinionDueLabel", jp.kyodoflow.common.JapaneseFormat.day(deadline.due()));
    }

    public void remindOpinion(DelegateExecution execution) {
        opinions.remindOpinion(id(execution), (String) execution.getVariable("department"));
    }

    public void escalateOpinion(DelegateExecution execution) {
        opinions.escalateOpinion(id(execution), (String) execution.getVariable("department"));
    }

    public void markReadyForReview(DelegateExecution execution) {
        opinions.readyForReview(id(execution));
    }

    public void notifyRejected(DelegateExecution execution) {
        decisions.close(id(execution), "不採択");
    }

    public void notifyBudgetRejected(DelegateExecution execution) {
        decisions.close(id(execution), "予算否決");
    }

    public void startCollaborationProject(DelegateExecution execution) {
        execution.setVariable("projectId", handover.startProject(id(execution)));
    }

    static long id(DelegateExecution execution) {
        return jp.kyodoflow.workflow.CaseKeys.id(execution, jp.kyodoflow.workflow.CaseKeys.PROPOSAL);
    }
}
