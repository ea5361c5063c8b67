package jp.kyodoflow.themes.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The department revised a returned theme and resubmitted it. */
public record ThemeRevised(long themeId, String title, String userId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ThemeCase.TYPE, themeId, "テーマの修正", "REVISED", title, userId);
    }
}
