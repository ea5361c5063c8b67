package jp.kyodoflow.themes.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The coordinator started the committee review of a call's proposals. */
public record ThemeReviewStarted(long callId, String title, java.util.List<Long> committeeRoundIds, String userId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ThemeCase.CALL, callId, "審査会の開始", "STARTED", "審査会 " + committeeRoundIds.size() + "件", userId);
    }
}
