package jp.kyodoflow.themes.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** A department drafted a theme (テーマ作成); it goes to the coordinator. */
public record ThemeDrafted(long themeId, String title, String department, String userId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ThemeCase.TYPE, themeId, "テーマ作成", "DRAFTED", title, userId);
    }
}
