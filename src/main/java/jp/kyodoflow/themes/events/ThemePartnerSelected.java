package jp.kyodoflow.themes.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The approver selected the theme's partner (選定); reason is set when the choice departs from the committee's ranking. */
public record ThemePartnerSelected(long themeId, long callId, long proposalId, long groupId, String title, String department, String reason, String userId) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return new AuditLine(ThemeCase.TYPE, themeId, "選定", "PARTNER_SELECTED", reason == null ? "提案 PR-" + proposalId : "提案 PR-" + proposalId + "（順位と異なる選定の理由：" + reason + "）", null, userId);
    }
}
