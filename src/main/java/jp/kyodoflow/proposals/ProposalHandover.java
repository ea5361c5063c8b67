package jp.kyodoflow.proposals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.projects.ProjectInputs;
import jp.kyodoflow.projects.ProjectStarter;
import jp.kyodoflow.workflow.FormValues;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 協定へ: an adopted proposal starts the Honjo project flow at 協議 with the group, departments,
 * roles, targets, period and budget carried over, and the city share limited by the round's rule.
 */
@Service
@Transactional
public class ProposalHandover {

    private final ProposalService proposals;
    private final ProjectStarter projects;
    private final GroupRegister register;

    ProposalHandover(ProposalService proposals, ProjectStarter projects, GroupRegister register) {
        this.proposals = proposals;
        this.projects = projects;
        this.register = register;
    }

    public long startProject(long proposalId) {
        Proposal p = proposals.load(proposalId);
        ProposalContent c = p.content;
        RoundRules rules = proposals.round(p.roundId).rules;
        long totalExpenses = c.budget().expenses().stream().mapToLong(e -> e.amount() == null ? 0 : e.amount()).sum();
        long limit = Math.min(c.budget().incomeCityShare(), ProposalRules.maxCityShare(rules, c.projectYear(), totalExpenses));
        String field = register.find(p.groupId).map(g -> g.group().activityFields()).filter(f -> !f.isEmpty())
                .map(f -> f.get(0)).orElse("OTHER");
        var handover = new ProjectInputs.ProposalHandover(p.id, p.groupId, c.departments().get(0), c.title(), c.problem(),
                field, c.collaborationForm(), limit);
        Map<String, Object> carried = new HashMap<>();
        carried.put("purpose", c.purpose());
        carried.put("periodFrom", c.periodFrom().toString());
        carried.put("periodTo", c.periodTo().toString());
        carried.put("targets", json(c.targets()));
        carried.put("cityRoles", json(c.cityRoles().stream().map(r -> Map.of("description", r)).toList()));
        carried.put("groupRoles", json(c.groupRoles().stream().map(r -> Map.of("description", r)).toList()));
        carried.put("cityContribution", limit);
        carried.put("groupOwnFunds", c.budget().incomeOwnFunds());
        carried.put("evidence", c.whyCollaboration());
        long projectId = projects.startFromProposal(handover, carried).id();
        proposals.linkProject(proposalId, projectId);
        return projectId;
    }

    private static Object json(List<?> value) {
        return SpinValues.jsonValue(FormValues.JSON.valueToTree(value).toString()).create();
    }
}
