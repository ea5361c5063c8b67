package jp.kyodoflow.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodoflow.common.AuditLine;
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

    AuditTrail(CaseEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void record(String caseType, long caseId, String step, String outcome, String reason, String actor) {
        recordAmount(caseType, caseId, step, outcome, reason, null, actor);
    }

    @Transactional
    public void recordAmount(String caseType, long caseId, String step, String outcome, String reason,
                             Long amountYen, String actor) {
        events.save(new CaseEvent(caseType, caseId, step, outcome, reason, amountYen, actor, OffsetDateTime.now(clock)));
    }

    /** Records one line; modules publish a {@link jp.kyodoflow.common.DomainEvent} instead of calling this. */
    @Transactional
    public void record(AuditLine line) {
        events.save(new CaseEvent(line.caseType(), line.caseId(), line.step(), line.outcome(), line.reason(),
                line.amountYen(), line.actor(), OffsetDateTime.now(clock), line.internal()));
    }

    @Transactional(readOnly = true)
    public List<Entry> history(String caseType, long caseId) {
        return events.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(caseType, caseId).stream()
                .map(CaseEvent::toEntry).toList();
    }

    /**
     * The case's lines, oldest first: with the internal ones for staff who may read the case, without them for
     * the group whose case it is. Whether the reader may read the case at all is the owning module's rule.
     */
    @Transactional(readOnly = true)
    public List<Line> lines(String caseType, long caseId, boolean withInternal) {
        return events.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(caseType, caseId).stream()
                .filter(e -> withInternal || !e.internal).map(CaseEvent::toLine).toList();
    }

    /** As {@link #history(String, long)}, without the internal lines unless asked (for the group whose case it is). */
    @Transactional(readOnly = true)
    public List<Entry> history(String caseType, long caseId, boolean withInternal) {
        return events.findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(caseType, caseId).stream()
                .filter(e -> withInternal || !e.internal).map(CaseEvent::toEntry).toList();
    }

    /** As {@link #history(String, long)} for several cases of one type in one statement (a page of a list), by case id. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, List<Entry>> histories(String caseType, java.util.Collection<Long> caseIds) {
        java.util.Map<Long, List<Entry>> byCase = new java.util.HashMap<>();
        if (!caseIds.isEmpty()) {
            events.findByCaseTypeAndCaseIdInOrderByOccurredAtAscIdAsc(caseType, caseIds).forEach(e ->
                    byCase.computeIfAbsent(e.caseId, k -> new java.util.ArrayList<>()).add(e.toEntry()));
        }
        return byCase;
    }
}
