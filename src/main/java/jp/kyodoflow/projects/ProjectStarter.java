package jp.kyodoflow.projects;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.projects.ProjectInputs.Problem;
import jp.kyodoflow.projects.ProjectInputs.ProposalHandover;
import jp.kyodoflow.projects.ProjectQueries.ProjectView;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.EngineAccess;
import jp.kyodoflow.workflow.CaseKeys;
import jp.kyodoflow.workflow.FormValues;
import jp.kyodoflow.workflow.ProcessKeys;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The two ways into the project flow: a department raises a problem, or a proposal scheme hands over. */
@Service
@Transactional
public class ProjectStarter {

    private final RuntimeService runtime;
    private final EngineAccess engine;
    private final ProjectQueries queries;
    private final ProjectIntake intake;

    ProjectStarter(RuntimeService runtime, EngineAccess engine, ProjectQueries queries, ProjectIntake intake) {
        this.runtime = runtime;
        this.engine = engine;
        this.queries = queries;
        this.intake = intake;
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
     * The handover port of the proposal schemes (市民提案型, 行政提案型, …): validates the typed
     * handover, records the project, and starts the flow by message at 協議 (or the grant/contract
     * step for those forms) with the project's own business key. Schemes call it behind an async
     * boundary of their own, so a refused handover is an incident on that one case and never rolls
     * back the decision (an adoption, a council vote) that led to it.
     */
    public ProjectView startFromProposal(ProposalHandover h) {
        if (h.proposalId() == null || h.groupId() == null) {
            throw new BusinessRuleException("提案番号と提案団体が必要です");
        }
        long projectId = intake.recordHandover(h);
        Map<String, Object> vars = agreementStartingPoint(h);
        ProcessInstance pi = engine.asSystem(() -> runtime.createMessageCorrelation(ProcessKeys.MSG_PARTNER_CHOSEN)
                .processInstanceBusinessKey(CaseKeys.key(CaseKeys.PROJECT, projectId)).setVariables(vars)
                .correlateStartMessage());
        intake.linkProcess(projectId, pi.getId());
        return queries.byProcessInstance(pi.getId());
    }

    /** The 協議 form starts from what the scheme settled: its keys are the NegotiateAgreement form's. */
    private static Map<String, Object> agreementStartingPoint(ProposalHandover h) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("title", h.title());
        vars.put("problem", h.problem());
        ProjectInputs.Settled s = h.settled();
        if (s == null) {
            return vars;
        }
        vars.put("purpose", s.purpose());
        vars.put("periodFrom", s.periodFrom() == null ? null : s.periodFrom().toString());
        vars.put("periodTo", s.periodTo() == null ? null : s.periodTo().toString());
        vars.put("targets", json(s.targets() == null ? List.of() : s.targets()));
        vars.put("cityRoles", json(roles(s.cityRoles())));
        vars.put("groupRoles", json(roles(s.groupRoles())));
        vars.put("cityContribution", s.cityContributionYen());
        vars.put("groupOwnFunds", s.groupOwnFundsYen());
        vars.put("evidence", s.evidence());
        return vars;
    }

    private static List<Map<String, String>> roles(List<String> roles) {
        return roles == null ? List.of() : roles.stream().map(r -> Map.of("description", r)).toList();
    }

    private static Object json(List<?> value) {
        return SpinValues.jsonValue(FormValues.JSON.valueToTree(value).toString()).create();
    }
}
