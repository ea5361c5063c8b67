package jp.kyodoflow.committee.round;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodoflow.committee.Aggregation;
import jp.kyodoflow.committee.ReviewQueries.HearingView;
import jp.kyodoflow.committee.ReviewQueries.RecusalView;
import jp.kyodoflow.committee.ReviewQueries.ScoreView;
import jp.kyodoflow.committee.ReviewQueries.SlotView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rows of a round kept with plain SQL, beside the round's JPA entities: conflicts (review_conflict),
 * confirmations, hearing sessions and slots, scores and abstentions. Scores and abstentions are
 * inserted once; a second insert fails on the table's unique key ({@code DuplicateKeyException}), which
 * is how two submissions at the same moment are told apart. Runs in the caller's transaction.
 */
@Component
class RoundRecords {

    private final JdbcTemplate jdbc;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    RoundRecords(JdbcTemplate jdbc, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    // ---- conflicts of interest (除斥)

    /** Records a member's conflict for a proposal, unless one is already recorded. */
    void addConflict(long roundId, long proposalId, String userId, String source, String note, OffsetDateTime at) {
        jdbc.update("insert into review_conflict (round_id, proposal_id, user_id, source, note, recorded_at)"
                + " values (?, ?, ?, ?, ?, ?) on conflict (proposal_id, user_id) do nothing", roundId, proposalId, userId,
                source, note, at);
    }

    /** Per proposal id, the note of a member's conflict found in the register. */
    Map<Long, String> registerConflicts(long roundId, String memberId) {
        Map<Long, String> fromRegister = new HashMap<>();
        jdbc.query("select proposal_id, note from review_conflict where round_id = ? and user_id = ? and source = 'REGISTER'",
                rs -> { fromRegister.put(rs.getLong(1), rs.getString(2)); }, roundId, memberId);
        return fromRegister;
    }

    /** The proposals a member is conflicted for. */
    Set<Long> conflictedProposals(long roundId, String memberId) {
        return new HashSet<>(jdbc.queryForList("select proposal_id from review_conflict where round_id = ? and user_id = ?",
                Long.class, roundId, memberId));
    }

    /** Per proposal id, the members conflicted for it. */
    Map<Long, Set<String>> conflictedMembers(long roundId) {
        Map<Long, Set<String>> conflicted = new HashMap<>();
        jdbc.query("select proposal_id, user_id from review_conflict where round_id = ?",
                rs -> { conflicted.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2)); }, roundId);
        return conflicted;
    }

    List<RecusalView> recusals(long roundId) {
        return jdbc.query("select proposal_id, user_id, source, note from review_conflict where round_id = ? order by id",
                (rs, i) -> new RecusalView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), roundId);
    }

    void confirm(long roundId, String memberId, OffsetDateTime at) {
        jdbc.update("insert into review_confirmation (round_id, user_id, confirmed_at) values (?, ?, ?) on conflict do nothing",
                roundId, memberId, at);
    }

    // ---- hearings (公開プレゼンテーション)

    /** A new session with its slots: the proposals in order, each one presentation and its questions after the previous. */
    void addHearing(long roundId, LocalDate heldOn, LocalTime start, String place, long presentationMinutes,
                    long questionMinutes, List<Long> proposalOrder, String actor, OffsetDateTime at) {
        Long sessionId = jdbc.queryForObject("insert into hearing_session (round_id, held_on, start_time, place,"
                        + " presentation_minutes, question_minutes, scheduled_by, scheduled_at) values (?, ?, ?, ?, ?, ?, ?, ?)"
                        + " returning id", Long.class, roundId, heldOn, start, place, presentationMinutes,
                questionMinutes, actor, at);
        long slot = presentationMinutes + questionMinutes;
        for (int i = 0; i < proposalOrder.size(); i++) {
            jdbc.update("insert into hearing_slot (session_id, proposal_id, position, starts_at) values (?, ?, ?, ?)",
                    sessionId, proposalOrder.get(i), i + 1, start.plusMinutes(slot * i));
        }
    }

    /** Marks attendance in the round's latest session; false when the proposal has no slot there. */
    boolean markAttendance(long roundId, long proposalId, boolean attended) {
        return jdbc.update("update hearing_slot set attended = ? where proposal_id = ? and session_id ="
                + " (select max(id) from hearing_session where round_id = ?)", attended, proposalId, roundId) > 0;
    }

    List<HearingView> hearings(long roundId) {
        return jdbc.query("select id, held_on, start_time, place, presentation_minutes, question_minutes from hearing_session"
                        + " where round_id = ? order by id", (rs, i) -> new HearingView(rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalTime.class), rs.getString(4), rs.getInt(5), rs.getInt(6),
                        jdbc.query("select position, proposal_id, starts_at, attended from hearing_slot where session_id = ?"
                                        + " order by position", (s, j) -> new SlotView(s.getInt(1), s.getLong(2),
                                        s.getObject(3, LocalTime.class), (Boolean) s.getObject(4)), rs.getLong(1))),
                roundId);
    }

    // ---- results of a stage (集計)

    /**
     * Stores the stage's result on each of its proposals in one statement: whether it passed the screening
     * ({@code screening}, the first of two stages), or the whole result.
     */
    void storeResults(List<Aggregation.ProposalResult> results, boolean screening) {
        if (results.isEmpty()) {
            return;
        }
        jdbc.update(con -> {
            java.sql.PreparedStatement ps = con.prepareStatement(screening
                    ? "update review_proposal p set stage1_passed = x.passed from unnest(?::bigint[], ?::boolean[])"
                    + " as x (id, passed) where p.id = x.id"
                    : "update review_proposal p set result = x.result from unnest(?::bigint[], ?::jsonb[])"
                    + " as x (id, result) where p.id = x.id");
            ps.setArray(1, con.createArrayOf("bigint", results.stream().map(r -> r.proposalId()).toArray()));
            ps.setArray(2, screening ? con.createArrayOf("boolean", results.stream().map(r -> r.passed()).toArray())
                    : con.createArrayOf("jsonb", results.stream().map(this::json).toArray()));
            return ps;
        });
    }

    private String json(Aggregation.ProposalResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the result of proposal " + result.proposalId() + " cannot be stored", e);
        }
    }

    // ---- scores (採点)

    /** One row per score: round, stage, attempt, proposal, member, criterion, score, time, entered by (null: the member). */
    void addScores(List<Object[]> rows) {
        // one statement per sheet, not one per row: what the rows share as parameters, the rest as arrays
        Map<List<Object>, List<Object[]>> sheets = new java.util.LinkedHashMap<>();
        for (Object[] r : rows) {
            sheets.computeIfAbsent(java.util.Arrays.asList(r[0], r[1], r[2], r[4], r[7], r[8]), k -> new java.util.ArrayList<>())
                    .add(r);
        }
        sheets.forEach((shared, sheet) -> jdbc.update(con -> {
            java.sql.PreparedStatement ps = con.prepareStatement("insert into review_score (round_id, stage, attempt,"
                    + " proposal_id, user_id, criterion_code, score, submitted_at, entered_by)"
                    + " select ?, ?, ?, x.proposal_id, ?, x.criterion_code, x.score, ?, ?"
                    + " from unnest(?::bigint[], ?::varchar[], ?::integer[]) as x (proposal_id, criterion_code, score)");
            for (int i = 0; i < shared.size(); i++) {
                ps.setObject(i + 1, shared.get(i));
            }
            ps.setArray(7, con.createArrayOf("bigint", sheet.stream().map(r -> r[3]).toArray()));
            ps.setArray(8, con.createArrayOf("varchar", sheet.stream().map(r -> r[5]).toArray()));
            ps.setArray(9, con.createArrayOf("integer", sheet.stream().map(r -> r[6]).toArray()));
            return ps;
        }));
    }

    void addAbstention(long roundId, String stage, int attempt, String memberId, String note) {
        jdbc.update("insert into review_abstention (round_id, stage, attempt, user_id, note) values (?, ?, ?, ?, ?)",
                roundId, stage, attempt, memberId, note);
    }

    /** The scores of one attempt of a stage. */
    List<Aggregation.Score> scores(long roundId, String stage, int attempt) {
        return jdbc.query("select proposal_id, user_id, criterion_code, score from review_score"
                        + " where round_id = ? and stage = ? and attempt = ?",
                (rs, i) -> new Aggregation.Score(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)),
                roundId, stage, attempt);
    }

    /** Every score of the round, by stage, attempt, proposal, member and criterion. */
    List<ScoreView> allScores(long roundId) {
        return jdbc.query("select stage, attempt, proposal_id, user_id, criterion_code, score from review_score"
                        + " where round_id = ? order by stage, attempt, proposal_id, user_id, criterion_code",
                (rs, i) -> new ScoreView(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6)), roundId);
    }

    /** Whether the member's sheet (scores or an abstention) for this attempt of a stage is recorded. */
    boolean hasSheet(long roundId, String stage, int attempt, String memberId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from review_score where round_id = ? and stage = ?"
                + " and attempt = ? and user_id = ?) or exists (select 1 from review_abstention where round_id = ? and stage = ?"
                + " and attempt = ? and user_id = ?)", Boolean.class, roundId, stage, attempt, memberId, roundId, stage,
                attempt, memberId));
    }

    /** A member's scores of one attempt of a stage: proposal id → criterion code → score. */
    Map<Long, Map<String, Integer>> memberScores(long roundId, String stage, int attempt, String memberId) {
        Map<Long, Map<String, Integer>> scores = new HashMap<>();
        jdbc.query("select proposal_id, criterion_code, score from review_score where round_id = ? and stage = ? and attempt = ?"
                + " and user_id = ?", rs -> {
                    scores.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
                }, roundId, stage, attempt, memberId);
        return scores;
    }
}
