package jp.kyodoflow.themes;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One publication of a theme in a call, with its proposals call, committee round and outcome. */
@Entity
@Table(name = "theme_publication")
class Publication {

    enum Outcome {
        SELECTED("協働の相手を選定"), REPUBLISHED("再公募"), WITHDRAWN("取り下げ");

        final String label;

        Outcome(String label) {
            this.label = label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long callId;
    Long themeId;
    Long proposalRoundId;
    Long committeeRoundId;
    @Enumerated(EnumType.STRING)
    Outcome outcome;
    Long partnerProposalId;
    String outcomeReason;
    String decidedBy;
    OffsetDateTime decidedAt;
}
