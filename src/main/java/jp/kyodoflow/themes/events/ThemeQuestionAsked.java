package jp.kyodoflow.themes.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** A group asked a question about a published theme; the department answers. */
public record ThemeQuestionAsked(long questionId, long themeId, String title, String department, long groupId, String userId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ThemeCase.TYPE, themeId, "質問", "ASKED", "質問 Q-" + questionId, userId).asInternal();
    }
}
