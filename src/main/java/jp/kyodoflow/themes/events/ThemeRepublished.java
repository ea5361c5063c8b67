package jp.kyodoflow.themes.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The department decided to publish the theme again with a new window (再公募); the earlier call stays as it was. */
public record ThemeRepublished(long themeId, long callId, long newCallId, String title, String department, java.time.OffsetDateTime closesAt, String reason, String userId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ThemeCase.TYPE, themeId, "再公募", "REPUBLISHED", (reason == null || reason.isBlank() ? "" : reason + "　") + "新しい締切：" + jp.kyodoflow.common.JapaneseFormat.dayTime(closesAt), userId);
    }
}
