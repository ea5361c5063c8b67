package jp.kyodoflow.proposals.process;

import java.util.List;
import jp.kyodoflow.proposals.ProposalRoundService;
import jp.kyodoflow.workflow.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Service tasks of CitizenProposalRoundProcess. */
@Component("proposalRoundSteps")
public class ProposalRoundSteps {

    private final ProposalRoundService rounds;

    ProposalRoundSteps(ProposalRoundService rounds) {
        this.rounds = rounds;
    }

    public void closeSubmissions(DelegateExecution execution) {
        rounds.close(roundId(execution));
    }

    public void distributeDecisions(DelegateExecution execution) {
        List<ProposalRoundService.Decision> decisions = FormValues.of(execution).list("reviewDecisions",
                ProposalRoundService.Decision.class);
        rounds.distributeDecisions(roundId(execution), decisions);
    }

    public void distributeBudgetVote(DelegateExecution execution) {
        rounds.distributeBudgetVote(roundId(execution));
    }

    static long roundId(DelegateExecution execution) {
        return jp.kyodoflow.workflow.CaseKeys.id(execution, jp.kyodoflow.workflow.CaseKeys.CALL);
    }
}
