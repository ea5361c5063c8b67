package jp.kyodoflow.committee.events;

import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/**
 * The secretariat (or a scheme) set up a round from a version of a review configuration (審査会の設定).
 *
 * @param purpose SELECTION (the approver decides per proposal) or EVALUATION (a project's third-party evaluation)
 */
public record ReviewRoundCreated(long roundId, String title, String purpose, String configName, int configVersion,
                                 String actor) implements DomainEvent {

    @Override
    public AuditLine audit() {
        return AuditLine.of(CommitteeCase.TYPE, roundId, "審査会の設定", "CREATED",
                configName + " 第" + configVersion + "版", actor);
    }
}
