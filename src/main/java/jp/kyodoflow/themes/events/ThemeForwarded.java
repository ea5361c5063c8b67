package jp.kyodoflow.themes.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The coordinator reviewed the theme and sent it to the approver (テーマ審査). */
public record ThemeForwarded(long themeId, String title, String comment, String userId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ThemeCase.TYPE, themeId, "テーマ審査", "FORWARDED", comment, userId);
    }
}
