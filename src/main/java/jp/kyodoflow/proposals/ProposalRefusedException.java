package jp.kyodoflow.proposals;

import java.util.List;
import jp.kyodoflow.common.BusinessRuleException;

/**
 * A refused proposal: the same message and reasons as any {@link BusinessRuleException} (what the API
 * answers), and each reason with its field for a form.
 */
public class ProposalRefusedException extends BusinessRuleException {

    private final transient List<ProposalProblem> problems;

    ProposalRefusedException(String message, List<ProposalProblem> problems) {
        super(message, problems.stream().map(ProposalProblem::message).toList());
        this.problems = List.copyOf(problems);
    }

    public List<ProposalProblem> problems() {
        return problems;
    }
}
