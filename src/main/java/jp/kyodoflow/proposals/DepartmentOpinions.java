package jp.kyodoflow.proposals;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.municipality.RuleProperties;
import jp.kyodoflow.proposals.events.DepartmentOpinionGiven;
import jp.kyodoflow.proposals.events.DepartmentOpinionOverdue;
import jp.kyodoflow.proposals.events.DepartmentOpinionReminded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 意見照会: each department concerned answers on an accepted proposal by its due date (reminded
 * before it, the coordinator told after it); once all have answered, the proposal waits for the review.
 */
@Service
@Transactional
public class DepartmentOpinions {

    private static final List<String> FEASIBILITY = List.of("FEASIBLE", "CONDITIONAL", "DIFFICULT");
    private static final List<String> ROLE_FIT = List.of("APPROPRIATE", "NEEDS_ADJUSTMENT", "INAPPROPRIATE");
    private static final List<String> BUDGET = List.of("AVAILABLE", "PARTIAL", "NOT_AVAILABLE");

    private final ProposalRepository proposals;
    private final ProposalTables tables;
    private final RuleProperties rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DepartmentOpinions(ProposalRepository proposals, ProposalTables tables, RuleProperties rules,
                       ApplicationEventPublisher events, Clock clock) {
        this.proposals = proposals;
        this.tables = tables;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** 意見照会の依頼: when the departments' opinions are due. */
    public Deadline opinionDeadline() {
        OffsetDateTime due = OffsetDateTime.now(clock).plus(rules.proposal().opinionDue());
        return new Deadline(due, due.minus(rules.proposal().opinionReminderBefore()));
    }

    /** The departments asked: those the group named in its proposal. */
    public List<String> departmentsOf(long id) {
        return proposals.load(id).content.departments();
    }

    public void recordOpinion(long id, String department, ProposalInputs.DepartmentOpinion o, String actor) {
        Proposal p = proposals.load(id);
        p.requireStatus(ProposalStatus.IN_OPINION);
        List<String> problems = new ArrayList<>();
        if (!FEASIBILITY.contains(String.valueOf(o.feasibility()))) {
            problems.add("実現可能性を選んでください");
        }
        if (!ROLE_FIT.contains(String.valueOf(o.roleFit()))) {
            problems.add("役割分担の妥当性を選んでください");
        }
        if (!BUDGET.contains(String.valueOf(o.budgetAvailability()))) {
            problems.add("予算措置の見込みを選んでください");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("意見の内容に不足があります", problems);
        }
        if (!tables.insertOpinion(id, department, o, actor, OffsetDateTime.now(clock))) {
            throw new BusinessRuleException("この課の意見はすでに登録されています");
        }
        events.publishEvent(new DepartmentOpinionGiven(id, department, o.feasibility(), o.roleFit(),
                o.budgetAvailability(), o.comments(), actor));
    }

    public void remindOpinion(long id, String department) {
        events.publishEvent(new DepartmentOpinionReminded(id, department, proposals.load(id).content.title()));
    }

    public void escalateOpinion(long id, String department) {
        events.publishEvent(new DepartmentOpinionOverdue(id, department, proposals.load(id).content.title()));
    }

    /** 審査待ちへ: every department has answered. */
    public void readyForReview(long id) {
        proposals.load(id).status = ProposalStatus.AWAITING_REVIEW;
    }
}
