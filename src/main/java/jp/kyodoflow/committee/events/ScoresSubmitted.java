package jp.kyodoflow.committee.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/**
 * A member submitted their whole score sheet for a stage (採点).
 *
 * @param stage   DOCUMENT or HEARING
 * @param attempt the stage's scoring attempt (a hearing may be scored again after a lack of quorum)
 * @param scores  how many scores (proposal × criterion) the sheet held
 * @param note    the member's remarks with the sheet (the hearing console's comments per proposal), or null
 */
public record ScoresSubmitted(long roundId, String stage, int attempt, String memberId, int scores, String note)
        implements DomainEvent {

    public ScoresSubmitted(long roundId, String stage, int attempt, String memberId, int scores) {
        this(roundId, stage, attempt, memberId, scores, null);
    }

    /** Internal: a member's own sheet and remarks are the secretariat's to read, not the applicants'. */
    @Override
    public AuditLine audit() {
        String reason = note == null || note.isBlank() ? scores + "件" : scores + "件\n所見：" + note.strip();
        return AuditLine.of(CommitteeCase.TYPE, roundId, "採点（" + stage + "）", "SUBMITTED", reason, memberId).asInternal();
    }
}
