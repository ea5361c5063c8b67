package jp.kyodoflow.themes.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The approver approved the theme (決裁); it can be published. */
public record ThemeApproved(long themeId, String title, String department, String userId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ThemeCase.TYPE, themeId, "決裁", "APPROVED", title, userId);
    }
}
