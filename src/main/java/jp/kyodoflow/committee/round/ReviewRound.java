package jp.kyodoflow.committee.round;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.committee.ReviewRules;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A committee round (審査会) with its roster and proposals; its rules are copied from the configuration. */
@Entity
@Table(name = "review_round")
class ReviewRound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String title;
    Long configId;
    @JdbcTypeCode(SqlTypes.JSON)
    @org.hibernate.annotations.Mutability(org.hibernate.type.descriptor.java.Immutability.class) // a record, replaced, never changed in place: no JSON copy per load
    ReviewRules rules;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    RoundStatus status = RoundStatus.PREPARED;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    RoundPurpose purpose = RoundPurpose.SELECTION;
    String recommendation;
    int hearingAttempt = 1;
    String processInstanceId;
    String createdBy;
    OffsetDateTime createdAt;
    OffsetDateTime decidedAt;
    @Version
    int version;

    protected ReviewRound() {
    }

    ReviewRound(OffsetDateTime createdAt) {
        this.createdAt = createdAt;
    }

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "round_id", nullable = false)
    @OrderBy("id")
    List<Member> members = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "round_id", nullable = false)
    @OrderBy("id")
    List<ReviewProposal> proposals = new ArrayList<>();

    @Entity
    @Table(name = "review_member")
    static class Member {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        String userId;
        String displayName;
        String affiliation;
        boolean chair;
    }

    Optional<Member> member(String userId) {
        return members.stream().filter(m -> m.userId.equals(userId)).findFirst();
    }

    String chairId() {
        return members.stream().filter(m -> m.chair).map(m -> m.userId).findFirst().orElseThrow();
    }

    ReviewProposal proposal(long proposalId) {
        return proposals.stream().filter(p -> p.id == proposalId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("この審査会の提案ではありません（提案番号 " + proposalId + "）"));
    }

    int attempt(ReviewRules.Stage stage) {
        return stage == ReviewRules.Stage.HEARING ? hearingAttempt : 1;
    }

    /** Proposals scored in a stage: after document screening only those that passed it. */
    List<ReviewProposal> proposalsIn(ReviewRules.Stage stage) {
        boolean screened = stage == ReviewRules.Stage.HEARING && rules.stages().contains(ReviewRules.Stage.DOCUMENT);
        return proposals.stream().filter(p -> !screened || Boolean.TRUE.equals(p.stage1Passed)).toList();
    }

    /** Proposals by the committee's rank, unranked ones last, then in the order they were added. */
    List<ReviewProposal> ranked() {
        return proposals.stream().sorted(Comparator
                .comparing((ReviewProposal p) -> p.result == null || p.result.rank() == null ? Integer.MAX_VALUE : p.result.rank())
                .thenComparing(p -> p.id)).toList();
    }

    void requireStatus(RoundStatus... allowed) {
        for (RoundStatus s : allowed) {
            if (s == status) {
                return;
            }
        }
        throw new BusinessRuleException("この審査会は現在この操作を受け付けていません（いまの状態：" + status.label() + "）");
    }
}
