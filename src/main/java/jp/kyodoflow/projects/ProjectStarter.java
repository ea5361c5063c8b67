package jp.kyodoflow.projects;

import java.util.HashMap;
import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.projects.ProjectInputs.Problem;
import jp.kyodoflow.projects.ProjectInputs.ProposalHandover;
import jp.kyodoflow.projects.ProjectQueries.ProjectView;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.EngineAccess;
import jp.kyodoflow.workflow.ProcessKeys;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The two ways into the project flow: a department raises a problem, or a proposal scheme hands over. */
@Service
@Transactional
public class ProjectStarter {

    private final RuntimeService runtime;
    private final EngineAccess engine;
    private final ProjectQueries queries;

    ProjectStarter(RuntimeService runtime, EngineAccess engine, ProjectQueries queries) {
        this.runtime = runtime;
        this.engine = engine;
        this.queries = queries;
    }

    /** As the start form in Tasklist: the person must belong to exactly one department. */
    public ProjectView raiseProblem(CurrentUser user, Problem problem) {
        if (user.departments().isEmpty()) {
            throw new jp.kyodoflow.common.ForbiddenException("課題の登録は、市の担当課の職員が行います");
        }
        ProjectValidation.problem(problem);
        Map<String, Object> vars = new HashMap<>();
        vars.put("title", problem.title());
        vars.put("problem", problem.problem());
        vars.put("evidence", problem.evidence());
        vars.put("field", problem.field());
        ProcessInstance pi = engine.as(user,
                () -> runtime.startProcessInstanceByKey(ProcessKeys.COLLABORATION_PROJECT, vars));
        return queries.byProcessInstance(pi.getId());
    }

    /**
     * Entry point for the proposal schemes: starts the flow by message with the partner already
     * chosen; the project begins at 協議 (or the grant/contract step for those forms).
     */
    public ProjectView startFromProposal(ProposalHandover h) {
        return startFromProposal(h, Map.of());
    }

    /**
     * As above, with what the proposal already settled (purpose, targets, roles, period, amounts)
     * carried over as the values the 協議 form starts from.
     */
    public ProjectView startFromProposal(ProposalHandover h, Map<String, Object> carriedOver) {
        if (h.proposalId() == null || h.groupId() == null) {
            throw new BusinessRuleException("提案番号と提案団体が必要です");
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put("proposalId", h.proposalId());
        vars.put("groupId", h.groupId());
        vars.put("departmentGroup", h.departmentGroup());
        vars.put("title", h.title());
        vars.put("problem", h.problem());
        vars.put("field", h.field());
        vars.put("collaborationForm", h.collaborationForm());
        vars.put("cityShareLimitYen", h.cityShareLimitYen());
        vars.putAll(carriedOver);
        ProcessInstance pi = engine.asSystem(() -> runtime.createMessageCorrelation(ProcessKeys.MSG_PARTNER_CHOSEN)
                .processInstanceBusinessKey("PROPOSAL-" + h.proposalId()).setVariables(vars).correlateStartMessage());
        return queries.byProcessInstance(pi.getId());
    }
}
