package jp.kyodoflow.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.sql.PreparedStatement;
import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.PerTransaction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who decided what, when and why, for any case; written in the same transaction as the decision. */
@Service
public class AuditTrail {

    public record Entry(String step, String outcome, String reason, Long amountYen, String actor,
                        OffsetDateTime occurredAt) {
    }

    /**
     * A line as the history page shows it; {@code internal} lines are for staff only (see
     * {@link AuditLine#internal()}).
     */
    public record Line(long id, String step, String outcome, String reason, Long amountYen, String actor,
                       OffsetDateTime occurredAt, boolean internal) {
    }

    private final CaseEventRepository events;
    private final Clock clock;
    /** The lines of a transaction go in at its commit, in one statement (see {@link PerTransaction}). */
    private final PerTransaction<CaseEvent> unwritten;

    AuditTrail(CaseEventRepository events, Clock clock, JdbcTemplate jdbc) {
        this.events = events;
        this.clock = clock;
        this.unwritten = new PerTransaction<>("case_event", lines -> insert(jdbc, lines));
    }

    private static void insert(JdbcTemplate jdbc, List<CaseEvent> lines) {
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("insert into case_event (case_type, case_id, step, outcome,"
                    + " reason, amount_yen, actor, occurred_at, internal)"
                    + " select x.case_type, x.case_id, x.step, x.outcome, x.reason, x.amount_yen, x.actor, x.occurred_at,"
                    + " x.internal from unnest(?::varchar[], ?::bigint[], ?::varchar[], ?::varchar[], ?::text[],"
                    + " ?::bigint[], ?::varchar[], ?::timestamptz[], ?::boolean[]) with ordinality"
                    + " as x (case_type, case_id, step, outcome, reason, amount_yen, actor, occurred_at, internal, n)"
                    + " order by x.n");
            ps.setArray(1, con.createArrayOf("varchar", lines.stream().map(l -> l.caseType).toArray()));
            ps.setArray(2, con.createArrayOf("bigint", lines.stream().map(l -> l.caseId).toArray()));
            ps.setArray(3, con.createArrayOf("varchar", lines.stream().map(l -> l.step).toArray()));
            ps.setArray(4, con.createArrayOf("varchar", lines.stream().map(l -> l.outcome).toArray()));
            ps.setArray(5, con.createArrayOf("text", lines.stream().map(l -> l.reason).toArray()));
            ps.setArray(6, con.createArrayOf("bigint", lines.stream().map(l -> l.amountYen).toArray()));
            ps.setArray(7, con.createArrayOf("varchar", lines.stream().map(l -> l.actor).toArray()));
            ps.setArray(8, con.createArrayOf("timestamptz", lines.stream().map(l -> l.occurredAt.toString()).toArray()));
            ps.setArray(9, con.createArrayOf("boolean", lines.stream().map(l -> l.internal).toArray()));
            return ps;
        });
    }

    @Transactional
    public void record(String caseType, long caseId, String step, String outcome, String reason, String actor) {
        recordAmount(caseType, caseId, step, outcome, reason, null, actor);
    }

    @Transactional
    public void recordAmount(String caseType, long caseId, String step, String outcome, String reason,
                             Long amountYen, String actor) {
        unwritten.add(new CaseEvent(caseType, caseId, step, outcome, reason, amountYen, actor, OffsetDateTime.now(clock)));
    }

    /** Records one line; modules publish a {@link jp.kyodoflow.common.DomainEvent} instead of calling this. */
    @Transactional
    public void record(AuditLine line) {
        unwritten.add(new CaseEvent(line.caseType(), line.caseId(), line.step(), line.outcome(), line.reason(),
                line.amountYen(), line.actor(), OffsetDateTime.now(clock), line.internal()));
    }

    @Transactional(readOnly = true)
    public List<Entry> history(String caseType, long caseId) {
        unwritten.flush();
        return events.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(caseType, caseId).stream()
                .map(CaseEvent::toEntry).toList();
    }

    /**
     * The case's lines, oldest first: with the internal ones for staff who may read the case, without them for
     * the group whose case it is. Whether the reader may read the case at all is the owning module's rule.
     */
    @Transactional(readOnly = true)
    public List<Line> lines(String caseType, long caseId, boolean withInternal) {
        unwritten.flush();
        return events.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(caseType, caseId).stream()
                .filter(e -> withInternal || !e.internal).map(CaseEvent::toLine).toList();
    }

    /** As {@link #history(String, long)}, without the internal lines unless asked (for the group whose case it is). */
    @Transactional(readOnly = true)
    public List<Entry> history(String caseType, long caseId, boolean withInternal) {
        unwritten.flush();
        return events.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(caseType, caseId).stream()
                .filter(e -> withInternal || !e.internal).map(CaseEvent::toEntry).toList();
    }

    /** As {@link #history(String, long)} for several cases of one type in one statement (a page of a list), by case id. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, List<Entry>> histories(String caseType, java.util.Collection<Long> caseIds) {
        java.util.Map<Long, List<Entry>> byCase = new java.util.HashMap<>();
        if (!caseIds.isEmpty()) {
            unwritten.flush();
            events.findByCaseTypeAndCaseIdInOrderByOccurredAtAscIdAsc(caseType, caseIds).forEach(e ->
                    byCase.computeIfAbsent(e.caseId, k -> new java.util.ArrayList<>()).add(e.toEntry()));
        }
        return byCase;
    }
}
