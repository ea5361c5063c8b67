package jp.kyodoflow.committee.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/**
 * The secretariat entered a member's paper score sheet (紙の採点票の代理入力): the scores count as the
 * member's, and the history names both who entered them and for whom.
 *
 * @param memberId  the member whose sheet it is
 * @param enteredBy the coordinator who typed it in
 */
public record PaperSheetEntered(long roundId, String stage, int attempt, String memberId, String enteredBy, int scores)
        implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(CommitteeCase.TYPE, roundId, "紙の採点票の代理入力（" + stage + "）", "ENTERED",
                enteredBy + " が " + memberId + " の採点票を入力（" + scores + "件）", enteredBy);
    }
}
