package jp.kyodoflow.themes.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The department answered a question; the answer is published to everyone without the asker's name. */
public record ThemeQuestionAnswered(long questionId, long themeId, String title, long groupId, String userId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(ThemeCase.TYPE, themeId, "質問への回答", "ANSWERED", "質問 Q-" + questionId, userId);
    }
}
