package jp.kyodoflow.committee.round;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodoflow.audit.AuditTrail;
import jp.kyodoflow.committee.ReviewQueries.HearingView;
import jp.kyodoflow.committee.ReviewQueries.RecusalView;
import jp.kyodoflow.committee.ReviewQueries.SlotView;
import jp.kyodoflow.committee.events.CommitteeCase;
import jp.kyodoflow.common.Paging;
import jp.kyodoflow.common.SqlPage;
import jp.kyodoflow.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A page of rounds in a fixed number of statements: the rounds the user may see ({@link RoundAccess} in the
 * WHERE clause) and their count, then for the whole page at once their rosters, their proposals, the user's
 * conflicts, the recusals, the hearings with their slots and (for the secretariat) the minutes.
 */
@Component
class RoundLists {

    /** What a page's views need beside the rounds, read for every round of the page at once. */
    record Extras(Map<Long, Set<Long>> conflicts, Map<Long, List<RecusalView>> recusalsByRound,
                  Map<Long, List<HearingView>> hearingsByRound, Map<Long, List<AuditTrail.Entry>> minutesByRound) {

        Set<Long> conflicted(long roundId) {
            return conflicts.getOrDefault(roundId, Set.of());
        }

        List<RecusalView> recusals(long roundId) {
            return recusalsByRound.getOrDefault(roundId, List.of());
        }

        List<HearingView> hearings(long roundId) {
            return hearingsByRound.getOrDefault(roundId, List.of());
        }

        List<AuditTrail.Entry> minutes(long roundId) {
            return minutesByRound.getOrDefault(roundId, List.of());
        }
    }

    private final EntityManager em;
    private final NamedParameterJdbcTemplate sql;
    private final AuditTrail audit;

    RoundLists(EntityManager em, JdbcTemplate jdbc, AuditTrail audit) {
        this.em = em;
        this.sql = new NamedParameterJdbcTemplate(jdbc);
        this.audit = audit;
    }

    /** The page of rounds the user may see, newest first, with their rosters and proposals loaded. */
    Paging.Page<ReviewRound> visibleTo(CurrentUser user, RoundStatus status, Paging paging) {
        SqlPage q = SqlPage.from("review_round");
        if (!RoundAccess.secretariat(user)) {
            q.where("exists (select 1 from review_member m where m.round_id = t.id and m.user_id = :userId)"
                    + (user.isStaff() ? " or t.status = 'DECIDED'" : ""), "userId", user.userId());
        }
        q.whereIf(status == null ? null : status.name(), "t.status = :status", "status");
        Paging.Page<ReviewRound> page = q.fetch(em, ReviewRound.class, "t.id desc", paging);
        if (!page.rows().isEmpty()) {
            // two bags cannot be fetched in one statement: one each, into the same managed rounds
            em.createQuery("select distinct r from ReviewRound r left join fetch r.members where r in :rounds",
                    ReviewRound.class).setParameter("rounds", page.rows()).getResultList();
            em.createQuery("select distinct r from ReviewRound r left join fetch r.proposals where r in :rounds",
                    ReviewRound.class).setParameter("rounds", page.rows()).getResultList();
        }
        return page;
    }

    Extras extras(List<Long> roundIds, String userId, boolean withMinutes) {
        if (roundIds.isEmpty()) {
            return new Extras(Map.of(), Map.of(), Map.of(), Map.of());
        }
        Map<String, Object> p = Map.of("ids", roundIds, "userId", userId);
        Map<Long, Set<Long>> conflicts = new HashMap<>();
        Map<Long, List<RecusalView>> recusals = new HashMap<>();
        sql.query("select round_id, proposal_id, user_id, source, note from review_conflict where round_id in (:ids)"
                + " order by id", p, rs -> {
                    long round = rs.getLong(1);
                    recusals.computeIfAbsent(round, k -> new ArrayList<>()).add(new RecusalView(rs.getLong(2),
                            rs.getString(3), rs.getString(4), rs.getString(5)));
                    if (userId.equals(rs.getString(3))) {
                        conflicts.computeIfAbsent(round, k -> new HashSet<>()).add(rs.getLong(2));
                    }
                });
        return new Extras(conflicts, recusals, hearings(p),
                withMinutes ? audit.histories(CommitteeCase.TYPE, roundIds) : Map.of());
    }

    /** A hearing session as read, its slots added row by row. */
    private record Session(long roundId, LocalDate heldOn, LocalTime start, String place, int presentation, int questions,
                           List<SlotView> slots) {
        HearingView view() {
            return new HearingView(heldOn, start, place, presentation, questions, List.copyOf(slots));
        }
    }

    /** The hearing sessions of the rounds with their slots, in one statement (sessions in order, slots by position). */
    private Map<Long, List<HearingView>> hearings(Map<String, Object> p) {
        Map<Long, Session> sessions = new LinkedHashMap<>();
        sql.query("select s.round_id, s.id, s.held_on, s.start_time, s.place, s.presentation_minutes, s.question_minutes,"
                + " sl.position, sl.proposal_id, sl.starts_at, sl.attended from hearing_session s"
                + " left join hearing_slot sl on sl.session_id = s.id where s.round_id in (:ids)"
                + " order by s.round_id, s.id, sl.position", p, rs -> {
                    Session session = sessions.get(rs.getLong(2));
                    if (session == null) {
                        session = new Session(rs.getLong(1), rs.getObject(3, LocalDate.class),
                                rs.getObject(4, LocalTime.class), rs.getString(5), rs.getInt(6), rs.getInt(7), new ArrayList<>());
                        sessions.put(rs.getLong(2), session);
                    }
                    if (rs.getObject(8) != null) {
                        session.slots().add(new SlotView(rs.getInt(8), rs.getLong(9), rs.getObject(10, LocalTime.class),
                                (Boolean) rs.getObject(11)));
                    }
                });
        Map<Long, List<HearingView>> byRound = new HashMap<>();
        sessions.values().forEach(s -> byRound.computeIfAbsent(s.roundId(), k -> new ArrayList<>()).add(s.view()));
        return byRound;
    }
}
