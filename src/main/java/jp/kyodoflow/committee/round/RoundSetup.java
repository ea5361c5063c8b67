package jp.kyodoflow.committee.round;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.committee.ReviewConfigService;
import jp.kyodoflow.committee.ReviewRoundService;
import jp.kyodoflow.committee.ReviewRules;
import jp.kyodoflow.committee.RoundInputs;
import jp.kyodoflow.committee.RoundInputs.CreateRound;
import jp.kyodoflow.committee.events.ReviewRoundCreated;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.security.EngineAccess;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.workflow.ProcessKeys;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting up a round (審査会の設定): the roster (committee members, one chair, at least the quorum),
 * the proposals (their groups in the register) and a copy of the configuration's rules; starting its
 * process; and, for an evaluation round, reading back the committee's averages.
 */
@Service
@Transactional
class RoundSetup implements ReviewRoundService {

    private final ReviewRoundRepository rounds;
    private final ReviewConfigService configs;
    private final GroupRegister register;
    private final IdentityService identity;
    private final RuntimeService runtime;
    private final EngineAccess engine;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoundSetup(ReviewRoundRepository rounds, ReviewConfigService configs, GroupRegister register, IdentityService identity,
               RuntimeService runtime, EngineAccess engine, ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.configs = configs;
        this.register = register;
        this.identity = identity;
        this.runtime = runtime;
        this.engine = engine;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public long create(CreateRound in, String actor) {
        return create(in, RoundPurpose.SELECTION, actor);
    }

    @Override
    public long createRanking(CreateRound in, String actor) {
        return create(in, RoundPurpose.RANKING, actor);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Ranked> ranking(long roundId) {
        ReviewRound round = rounds.load(roundId);
        return round.ranked().stream().map(p -> new Ranked(p.id, p.refType, p.refId, p.title,
                p.result == null ? null : p.result.rank(), p.result == null ? 0 : p.result.normalised(),
                p.result != null && p.result.passed(), p.resultLabel(round.rules.hasAdoptionLine()))).toList();
    }

    @Override
    public long createEvaluationRound(String title, long projectId, Long partnerGroupId, String configName,
                                      List<String> configuredMembers, String actor) {
        ReviewConfigService.ConfigView config = configs.list().stream().filter(c -> c.name().equals(configName))
                .findFirst().orElseThrow(() -> new BusinessRuleException("評価の審査設定「" + configName + "」がありません"));
        List<String> members = configuredMembers.isEmpty()
                ? engine.asSystem(() -> identity.createUserQuery().memberOfGroup(Roles.COMMITTEE).orderByUserId().asc().list())
                .stream().map(User::getId).toList() : configuredMembers;
        if (members.isEmpty()) {
            throw new BusinessRuleException("審査委員が登録されていないため、第三者評価を始められません");
        }
        List<RoundInputs.MemberInput> roster = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            roster.add(new RoundInputs.MemberInput(members.get(i), null, i == 0));
        }
        return create(new CreateRound(title, config.id(), null, roster, List.of(new RoundInputs.ProposalInput("PROJECT",
                projectId, title, partnerGroupId, 0))), RoundPurpose.EVALUATION, actor);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Double> evaluationAverages(long roundId) {
        ReviewRound round = rounds.load(roundId);
        return round.proposals.stream().filter(p -> p.result != null).findFirst()
                .map(p -> p.result.criterionAverages()).orElse(Map.of());
    }

    @Override
    public String start(long roundId) {
        rounds.load(roundId).requireStatus(RoundStatus.PREPARED);
        return engine.asSystem(() -> runtime.startProcessInstanceByKey(ProcessKeys.COMMITTEE_REVIEW, "RR-" + roundId,
                Map.of("roundId", roundId)).getId());
    }

    private long create(CreateRound in, RoundPurpose purpose, String actor) {
        ReviewConfigService.ConfigView config = configs.get(in.configId());
        List<String> problems = new ArrayList<>();
        ReviewRound round = new ReviewRound(OffsetDateTime.now(clock));
        round.title = in.title();
        round.configId = config.id();
        round.purpose = purpose;
        ReviewRules r = config.rules();
        round.rules = in.budgetYen() == null ? r : new ReviewRules(r.stages(), r.criteria(), r.threshold(),
                r.stage1Threshold(), r.conflictPolicy(), r.minScorers(), r.tieBreak(), r.tieBreakCriterion(),
                in.budgetYen(), r.anonymised());
        round.createdBy = actor;
        addMembers(round, in.members(), problems);
        if (in.members().stream().filter(RoundInputs.MemberInput::chair).count() != 1) {
            problems.add("委員長を1人選んでください");
        }
        if (in.members().size() < r.minScorers()) {
            problems.add("委員の人数が定足数（" + r.minScorers() + "人）に足りません");
        }
        addProposals(round, in.proposals(), problems);
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("審査会の設定に誤りがあります", problems);
        }
        round = rounds.save(round);
        events.publishEvent(new ReviewRoundCreated(round.id, round.title, purpose.name(), config.name(),
                config.versionNo(), actor));
        return round.id;
    }

    private void addMembers(ReviewRound round, List<RoundInputs.MemberInput> members, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (RoundInputs.MemberInput m : members) {
            User user = engine.asSystem(() -> identity.createUserQuery().userId(m.userId()).memberOfGroup(Roles.COMMITTEE).singleResult());
            if (user == null) {
                problems.add("委員「" + m.userId() + "」は審査委員として登録されていません");
                continue;
            }
            if (!seen.add(m.userId())) {
                problems.add("委員「" + m.userId() + "」が重複しています");
            }
            ReviewRound.Member member = new ReviewRound.Member();
            member.userId = m.userId();
            member.displayName = (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).trim();
            member.affiliation = m.affiliation();
            member.chair = m.chair();
            round.members.add(member);
        }
    }

    private void addProposals(ReviewRound round, List<RoundInputs.ProposalInput> proposals, List<String> problems) {
        for (RoundInputs.ProposalInput p : proposals) {
            if (p.applicantGroupId() != null && register.find(p.applicantGroupId()).isEmpty()) {
                problems.add("提案「" + p.title() + "」の団体（" + p.applicantGroupId() + "）が名簿にありません");
            }
            ReviewProposal proposal = new ReviewProposal();
            proposal.refType = p.refType();
            proposal.refId = p.refId();
            proposal.title = p.title();
            proposal.applicantGroupId = p.applicantGroupId();
            proposal.requestedYen = p.requestedYen();
            proposal.dossier = p.dossier();
            round.proposals.add(proposal);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
