package jp.kyodoflow.committee.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.kyodoflow.audit.AuditTrail;
import jp.kyodoflow.committee.ReviewQueries;
import jp.kyodoflow.common.Paging;
import jp.kyodoflow.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads rounds as {@link ReviewQueries} describes: what the user may see of them, and nothing else. */
@Service
@Transactional(readOnly = true)
class RoundReading implements ReviewQueries {

    private final ReviewRoundRepository rounds;
    private final RoundRecords records;
    private final AuditTrail audit;
    private final RoundLists lists;

    RoundReading(ReviewRoundRepository rounds, RoundRecords records, AuditTrail audit, RoundLists lists) {
        this.rounds = rounds;
        this.lists = lists;
        this.records = records;
        this.audit = audit;
    }

    @Override
    public Paging.Page<RoundView> list(CurrentUser user, String status, Paging paging) {
        Paging.Page<ReviewRound> page = lists.visibleTo(user, status == null ? null : jp.kyodoflow.common.SqlPage.parse(RoundStatus.class, "status", status), paging);
        List<Long> ids = page.rows().stream().map(r -> r.id).toList();
        RoundLists.Extras extras = lists.extras(ids, user.userId(), RoundAccess.secretariat(user));
        return page.map(r -> view(user, r, extras.conflicted(r.id), extras.recusals(r.id), extras.hearings(r.id),
                extras.minutes(r.id)));
    }

    @Override
    public RoundView round(CurrentUser user, long id) {
        ReviewRound r = rounds.visibleTo(user, id);
        RoundLists.Extras extras = lists.extras(List.of(r.id), user.userId(), RoundAccess.secretariat(user));
        return view(user, r, extras.conflicted(r.id), extras.recusals(r.id), extras.hearings(r.id), extras.minutes(r.id));
    }

    @Override
    public List<ScoreView> scores(CurrentUser user, long id) {
        ReviewRound r = rounds.visibleTo(user, id);
        boolean decided = r.status == RoundStatus.DECIDED;
        boolean secretariat = RoundAccess.secretariat(user);
        List<String> roster = r.members.stream().map(m -> m.userId).toList();
        List<ScoreView> visible = new ArrayList<>();
        for (ScoreView s : records.allScores(r.id)) {
            boolean own = s.member().equals(user.userId());
            // before the decision only the secretariat and one's own; a conflicted member has none of their own
            if (!secretariat && !own && !decided) {
                continue;
            }
            String shown = secretariat || own || !r.rules.anonymised() ? s.member() : alias(roster, s.member());
            visible.add(new ScoreView(s.stage(), s.attempt(), s.proposalId(), shown, s.criterionCode(), s.score()));
        }
        return visible;
    }

    private RoundView view(CurrentUser user, ReviewRound r, Set<Long> conflicted, List<RecusalView> recusals,
                           List<HearingView> hearings, List<AuditTrail.Entry> minutes) {
        boolean decided = r.status == RoundStatus.DECIDED;
        boolean secretariat = RoundAccess.secretariat(user);
        List<ProposalView> proposals = r.proposals.stream().map(p -> {
            boolean showResult = secretariat || decided || r.member(user.userId()).isPresent() && !conflicted.contains(p.id)
                    && r.status != RoundStatus.SCORING && r.status != RoundStatus.CONFIRMING;
            return new ProposalView(p.id, p.refType, p.refId, p.title, p.applicantGroupId, p.requestedYen,
                    showResult ? p.stage1Passed : null, showResult ? p.result : null, showResult ? p.resultLabel(r.rules.hasAdoptionLine()) : null,
                    showResult ? p.comment : null, decided || secretariat ? name(p.decision) : null,
                    decided || secretariat ? p.conditions : null, secretariat ? p.deviationReason : null, p.dossier);
        }).toList();
        return new RoundView(r.id, r.title, r.configId, r.processInstanceId, r.rules, r.status.name(),
                decided || secretariat ? r.recommendation : null,
                r.members.stream().map(m -> new MemberView(m.userId, m.displayName, m.affiliation, m.chair)).toList(),
                proposals, recusals, hearings, minutes);
    }

    @Override
    public List<PublishedResult> publishedResults() {
        List<PublishedResult> out = new ArrayList<>();
        for (ReviewRound r : rounds.findByStatusOrderByIdDesc(RoundStatus.DECIDED)) {
            List<String> roster = r.members.stream().map(m -> m.userId).toList();
            java.util.Map<String, String> names = new java.util.HashMap<>();
            r.members.forEach(m -> names.put(m.userId, m.displayName));
            for (ReviewProposal p : r.proposals) {
                java.util.Map<String, Double> totals = new java.util.LinkedHashMap<>();
                if (p.result != null && p.result.memberTotals() != null) {
                    roster.stream().filter(p.result.memberTotals()::containsKey).forEach(u -> totals.put(
                            r.rules.anonymised() ? alias(roster, u) : names.getOrDefault(u, alias(roster, u)),
                            p.result.memberTotals().get(u)));
                }
                out.add(new PublishedResult(r.id, r.title, r.purpose == null ? null : r.purpose.label(),
                        r.rules.anonymised(), p.id, p.title, p.applicantGroupId, p.requestedYen,
                        p.result == null || !p.result.quorum() ? null : p.result.normalised(),
                        p.result == null ? null : p.result.rank(), p.resultLabel(r.rules.hasAdoptionLine()),
                        p.decision == null ? null : p.decision.label(), p.conditions,
                        p.decidedAt == null ? null : p.decidedAt.atZoneSameInstant(java.time.ZoneId.of("Asia/Tokyo")).toLocalDate(),
                        totals));
            }
        }
        return out;
    }

    private static String name(ProposalDecision decision) {
        return decision == null ? null : decision.name();
    }

    private static String alias(List<String> roster, String userId) {
        int i = roster.indexOf(userId);
        return "委員" + ExportLabels.letters(Math.max(i, 0)); // … 委員Z, 委員AA, 委員AB …
    }
}
