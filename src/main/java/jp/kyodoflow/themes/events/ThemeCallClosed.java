package jp.kyodoflow.themes.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** A call's window closed (募集の締切). */
public record ThemeCallClosed(long callId, String title) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ThemeCase.CALL, callId, "募集の締切", "CLOSED", title, "system");
    }
}
