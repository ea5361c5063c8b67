package jp.kyodoflow.committee.events;

import java.util.List;
import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;

/**
 * A round's result is final (結果の確定): what was decided for each proposal goes back to its scheme.
 * In an evaluation round nobody decides per proposal, so {@code decision} is null there.
 */
public record ReviewRoundDecided(long roundId, List<Outcome> outcomes) implements DomainEvent {

    /** One proposal's decision; refType/refId point at the scheme's record. */
    public record Outcome(long proposalId, String refType, Long refId, String decision, String conditions) {
    }

    public ReviewRoundDecided {
        outcomes = List.copyOf(outcomes);
    }

    @Override
    public AuditLine audit() {
        return AuditLine.of(CommitteeCase.TYPE, roundId, "結果の確定", "DECIDED", null, "system");
    }
}
