package jp.kyodoflow.proposals;

import jp.kyodoflow.agreements.AgreementDraft;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.projects.ProjectInputs;
import jp.kyodoflow.projects.ProjectStarter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 協定へ: an adopted proposal starts the Honjo project flow at 協議 with the group, departments,
 * roles, targets, period and budget carried over, and the city share limited by the round's rule (a theme's
 * partner: by the theme's budget ceiling and funding rate).
 */
@Service
@Transactional
public class ProposalHandover {

    private final ProposalRepository proposals;
    private final ProposalRoundRepository rounds;
    private final ProposalDecisions decisions;
    private final ProjectStarter projects;
    private final GroupRegister register;

    ProposalHandover(ProposalRepository proposals, ProposalRoundRepository rounds, ProposalDecisions decisions,
                     ProjectStarter projects, GroupRegister register) {
        this.proposals = proposals;
        this.rounds = rounds;
        this.decisions = decisions;
        this.projects = projects;
        this.register = register;
    }

    public long startProject(long proposalId) {
        Proposal p = proposals.load(proposalId);
        ProposalContent c = p.content;
        ProposalRound round = rounds.load(p.roundId);
        RoundRules rules = round.rules;
        long totalExpenses = c.budget().expenses().stream().mapToLong(e -> e.amount() == null ? 0 : e.amount()).sum();
        long ruleMax = ProposalRules.maxCityShare(rules, c.projectYear(), totalExpenses);
        // a citizen proposal is held to what it asked for; a theme's partner to the theme's ceiling (and rate of the plan's cost)
        long asked = Math.min(c.budget().incomeCityShare(), ruleMax);
        long limit = round.themeId != null ? ruleMax : asked;
        String field = register.find(p.groupId).map(g -> g.group().activityFields()).filter(f -> !f.isEmpty())
                .map(f -> f.get(0)).orElse("OTHER");
        var settled = new ProjectInputs.Settled(c.purpose(), c.periodFrom(), c.periodTo(),
                c.targets().stream().map(t -> new AgreementDraft.TargetInput(t.description(), t.indicator(), t.targetValue()))
                        .toList(), c.cityRoles(), c.groupRoles(), asked, c.budget().incomeOwnFunds(), c.whyCollaboration());
        long projectId = projects.startFromProposal(new ProjectInputs.ProposalHandover(p.id, p.groupId,
                c.departments().get(0), c.title(), c.problem(), field, c.collaborationForm(), limit, settled)).id();
        decisions.linkProject(proposalId, projectId);
        return projectId;
    }
}
