package jp.kyodoflow.themes.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The department withdrew the theme (取り下げ), with its reason. */
public record ThemeWithdrawn(long themeId, long callId, String title, String department, String reason, String userId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ThemeCase.TYPE, themeId, "取り下げ", "WITHDRAWN", reason, userId);
    }
}
