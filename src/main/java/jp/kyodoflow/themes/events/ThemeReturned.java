package jp.kyodoflow.themes.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The coordinator or the approver returned the theme to its department with reasons (差戻し). */
public record ThemeReturned(long themeId, String title, String department, String step, String reason, String userId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ThemeCase.TYPE, themeId, step, "RETURNED", reason, userId);
    }
}
