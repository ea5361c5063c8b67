package jp.kyodoflow.committee;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.kyodoflow.audit.AuditTrail;
import jp.kyodoflow.common.ForbiddenException;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people may read of a round. Before the result is decided: the coordinator, the approver
 * and the administrator read everything; a member reads the round and their own scores only, and
 * nothing of a proposal they are conflicted for. After it: city staff and the round's members read
 * the scores (anonymised when the round says so, except for the secretariat).
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueries {

    public record MemberView(String userId, String displayName, String affiliation, boolean chair) {
    }

    @Schema(name = "ReviewProposalView")
    public record ProposalView(Long id, String refType, Long refId, String title, Long applicantGroupId, long requestedYen,
                               Boolean stage1Passed, Aggregation.ProposalResult result, String resultLabel,
                               String comment, String decision, String conditions, String deviationReason) {
    }

    public record RecusalView(Long proposalId, String userId, String source, String note) {
    }

    public record SlotView(int position, Long proposalId, LocalTime startsAt, Boolean attended) {
    }

    public record HearingView(LocalDate heldOn, LocalTime startTime, String place, int presentationMinutes,
                              int questionMinutes, List<SlotView> slots) {
    }

    @Schema(name = "ReviewRoundView")
    public record RoundView(Long id, String title, Long configId, String processInstanceId, ReviewRules rules,
                            String status, String recommendation,
                            List<MemberView> members, List<ProposalView> proposals, List<RecusalView> recusals,
                            List<HearingView> hearings, List<AuditTrail.Entry> minutes) {
    }

    public record ScoreView(String stage, int attempt, Long proposalId, String member, String criterionCode, int score) {
    }

    private final ReviewRoundRepository rounds;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    ReviewQueries(ReviewRoundRepository rounds, JdbcTemplate jdbc, AuditTrail audit) {
        this.rounds = rounds;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<RoundView> list(CurrentUser user) {
        return rounds.findAllByOrderByIdDesc().stream().filter(r -> canSee(user, r)).map(r -> view(user, r)).toList();
    }

    public RoundView round(CurrentUser user, long id) {
        ReviewRound r = visible(user, id);
        return view(user, r);
    }

    public List<ScoreView> scores(CurrentUser user, long id) {
        ReviewRound r = visible(user, id);
        boolean decided = r.status == RoundStatus.DECIDED;
        boolean secretariat = secretariat(user);
        List<ScoreView> all = jdbc.query("select stage, attempt, proposal_id, user_id, criterion_code, score from review_score"
                        + " where round_id = ? order by stage, attempt, proposal_id, user_id, criterion_code",
                (rs, i) -> new ScoreView(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6)), r.id);
        List<String> roster = r.members.stream().map(m -> m.userId).toList();
        List<ScoreView> visible = new ArrayList<>();
        for (ScoreView s : all) {
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

    /** Everything an export needs; names anonymised when the round publishes anonymously. */
    public RoundExports.Data exportData(CurrentUser user, long id) {
        ReviewRound r = visible(user, id);
        if (!secretariat(user) && r.status != RoundStatus.DECIDED) {
            throw new ForbiddenException("結果の確定前は、事務局（コーディネーター・決裁者）だけが出力できます");
        }
        boolean anonymised = r.rules.anonymised() && !secretariat(user);
        List<RoundExports.Member> members = r.members.stream()
                .map(m -> new RoundExports.Member(m.userId, m.displayName)).toList();
        List<Aggregation.Proposal> proposals = r.proposals.stream()
                .map(p -> new Aggregation.Proposal(p.id, p.title, p.requestedYen)).toList();
        String finalStage = r.rules.stages().get(r.rules.stages().size() - 1).name();
        int attempt = finalStage.equals("HEARING") ? r.hearingAttempt : 1;
        List<Aggregation.Score> scores = jdbc.query("select proposal_id, user_id, criterion_code, score from review_score"
                        + " where round_id = ? and stage = ? and attempt = ?",
                (rs, i) -> new Aggregation.Score(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)),
                r.id, finalStage, attempt);
        List<Aggregation.ProposalResult> results = ReviewRoundService.ranked(r).stream()
                .filter(p -> p.result != null).map(p -> p.result).toList();
        List<RoundExports.Recusal> recusals = recusals(r.id).stream()
                .map(x -> new RoundExports.Recusal(x.proposalId(), x.userId(), x.source(), x.note())).toList();
        return new RoundExports.Data(r.title, anonymised, members, r.rules.criteria(), proposals, scores,
                new Aggregation.Result(results), recusals);
    }

    private RoundView view(CurrentUser user, ReviewRound r) {
        boolean decided = r.status == RoundStatus.DECIDED;
        boolean secretariat = secretariat(user);
        Set<Long> conflicted = conflicted(r.id, user.userId());
        List<ProposalView> proposals = r.proposals.stream().map(p -> {
            boolean showResult = secretariat || decided || r.member(user.userId()).isPresent() && !conflicted.contains(p.id)
                    && r.status != RoundStatus.SCORING && r.status != RoundStatus.CONFIRMING;
            return new ProposalView(p.id, p.refType, p.refId, p.title, p.applicantGroupId, p.requestedYen,
                    showResult ? p.stage1Passed : null, showResult ? p.result : null, showResult ? p.resultLabel() : null,
                    showResult ? p.comment : null, decided || secretariat ? p.decision : null,
                    decided || secretariat ? p.conditions : null, secretariat ? p.deviationReason : null);
        }).toList();
        return new RoundView(r.id, r.title, r.configId, r.processInstanceId, r.rules, r.status.name(), decided || secretariat ? r.recommendation : null,
                r.members.stream().map(m -> new MemberView(m.userId, m.displayName, m.affiliation, m.chair)).toList(),
                proposals, recusals(r.id), hearings(r.id), secretariat ? audit.history(ReviewRoundService.CASE, r.id) : List.of());
    }

    private List<RecusalView> recusals(long roundId) {
        return jdbc.query("select proposal_id, user_id, source, note from review_conflict where round_id = ? order by id",
                (rs, i) -> new RecusalView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), roundId);
    }

    private List<HearingView> hearings(long roundId) {
        return jdbc.query("select id, held_on, start_time, place, presentation_minutes, question_minutes from hearing_session"
                        + " where round_id = ? order by id", (rs, i) -> new HearingView(rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalTime.class), rs.getString(4), rs.getInt(5), rs.getInt(6),
                        jdbc.query("select position, proposal_id, starts_at, attended from hearing_slot where session_id = ?"
                                        + " order by position", (s, j) -> new SlotView(s.getInt(1), s.getLong(2),
                                        s.getObject(3, LocalTime.class), (Boolean) s.getObject(4)), rs.getLong(1))),
                roundId);
    }

    private Set<Long> conflicted(long roundId, String userId) {
        return new HashSet<>(jdbc.queryForList("select proposal_id from review_conflict where round_id = ? and user_id = ?",
                Long.class, roundId, userId));
    }

    private ReviewRound visible(CurrentUser user, long id) {
        return rounds.findById(id).filter(r -> canSee(user, r)).orElseThrow(() -> new NotFoundException("審査会が見つかりません"));
    }

    private static boolean canSee(CurrentUser user, ReviewRound r) {
        return secretariat(user) || r.member(user.userId()).isPresent()
                || r.status == RoundStatus.DECIDED && user.isStaff();
    }

    static boolean secretariat(CurrentUser user) {
        return user.has(Roles.COORDINATOR) || user.has(Roles.APPROVER) || user.has(Roles.ADMIN);
    }

    private static String alias(List<String> roster, String userId) {
        int i = roster.indexOf(userId);
        return "委員" + (char) ('A' + Math.max(i, 0));
    }
}
