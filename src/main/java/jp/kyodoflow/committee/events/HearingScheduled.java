package jp.kyodoflow.committee.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/**
 * The secretariat set the public presentation (公開プレゼンテーション): day, start, place, and the
 * proposals in their presentation order.
 */
public record HearingScheduled(long roundId, LocalDate heldOn, LocalTime startTime, String place,
                               List<Long> proposalOrder, String actor) implements DomainEvent {

    public HearingScheduled {
        proposalOrder = List.copyOf(proposalOrder);
    }

    @Override
    public AuditLine audit() {
        return AuditLine.of(CommitteeCase.TYPE, roundId, "公開プレゼンテーションの設定", "SCHEDULED",
                heldOn + " " + place, actor);
    }
}
