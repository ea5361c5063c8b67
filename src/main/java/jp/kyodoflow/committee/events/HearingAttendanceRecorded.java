package jp.kyodoflow.committee.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The secretariat recorded whether a proposal's presenters attended the hearing (出欠). */
public record HearingAttendanceRecorded(long roundId, long proposalId, boolean attended, String actor)
        implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(CommitteeCase.TYPE, roundId, "公開プレゼンテーション",
                (attended ? "ATTENDED:" : "ABSENT:") + proposalId, null, actor);
    }
}
