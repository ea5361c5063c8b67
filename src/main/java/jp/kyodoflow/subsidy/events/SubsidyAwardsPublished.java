package jp.kyodoflow.subsidy.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/** The year's excellent projects (優良事業表彰) were published. */
public record SubsidyAwardsPublished(long awardId, int fiscalYear, int count, String note, String actor) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(SubsidyCase.AWARD, awardId, "優良事業表彰", "PUBLISHED", note, actor);
    }
}
