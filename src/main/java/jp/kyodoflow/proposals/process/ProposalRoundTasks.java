package jp.kyodoflow.proposals.process;

import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.proposals.ProposalRoundService;
import jp.kyodoflow.workflow.Actor;
import jp.kyodoflow.workflow.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task listeners of CitizenProposalRoundProcess (the coordinator's steps). */
@Component("proposalRoundTasks")
public class ProposalRoundTasks {

    private final ProposalRoundService rounds;

    ProposalRoundTasks(ProposalRoundService rounds) {
        this.rounds = rounds;
    }

    public void prepareReview(DelegateTask task) {
        task.setVariableLocal("readinessSummary", rounds.readiness(roundId(task)));
    }

    public void startCommitteeReview(DelegateTask task) {
        if (!FormValues.of(task).flag("startReview")) {
            throw new BusinessRuleException("審査会を開始する場合は「審査会を開始する」にチェックしてください");
        }
        task.setVariable("committeeRoundId", rounds.startCommitteeReview(roundId(task), Actor.of(task)));
    }

    public void recordBudgetVote(DelegateTask task) {
        FormValues v = FormValues.of(task);
        rounds.recordBudgetVote(roundId(task), v.text("budgetVote"), v.text("budgetVoteNote"), Actor.of(task));
    }

    static long roundId(DelegateTask task) {
        return jp.kyodoflow.workflow.CaseKeys.id(task, jp.kyodoflow.workflow.CaseKeys.CALL);
    }
}
