package jp.kyodoflow.themes.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The theme was published in a call with its window (公募). */
public record ThemePublished(long themeId, long callId, long proposalRoundId, String title, String department, java.time.OffsetDateTime opensAt, java.time.OffsetDateTime closesAt, String userId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ThemeCase.TYPE, themeId, "公募", "PUBLISHED", jp.kyodoflow.common.JapaneseFormat.dayTime(opensAt) + "〜" + jp.kyodoflow.common.JapaneseFormat.dayTime(closesAt), userId);
    }
}
