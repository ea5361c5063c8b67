package jp.kyodoflow.themes.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The approver chose none of the proposals; the department decides what becomes of the theme. */
public record ThemeSelectionDeclined(long themeId, long callId, String title, String department, String reason, String userId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ThemeCase.TYPE, themeId, "選定", "NONE_SELECTED", reason, userId);
    }
}
