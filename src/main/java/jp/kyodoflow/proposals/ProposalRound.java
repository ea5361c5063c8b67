package jp.kyodoflow.proposals;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodoflow.committee.RoundInputs;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A call for proposals with its rules and committee: a yearly call of the citizen-proposed scheme (令和N年度
 * 市民提案型協働事業), or one publication of a department's theme (行政提案型, {@link #themeId} set).
 */
@Entity
@Table(name = "proposal_round")
class ProposalRound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String title;
    @JdbcTypeCode(SqlTypes.JSON)
    @org.hibernate.annotations.Mutability(org.hibernate.type.descriptor.java.Immutability.class) // a record, replaced, never changed in place: no JSON copy per load
    RoundRules rules;
    Long reviewConfigId;
    @JdbcTypeCode(SqlTypes.JSON)
    List<RoundInputs.MemberInput> committee = List.of();
    @Enumerated(EnumType.STRING)
    ProposalRoundStatus status = ProposalRoundStatus.OPEN;
    Long committeeRoundId;
    @Enumerated(EnumType.STRING)
    BudgetVote budgetVote;
    String budgetVoteNote;
    String processInstanceId;
    /** Set when the call publishes a theme of the administration-proposed scheme (行政提案型). */
    Long themeId;
    /** The theme's department and form of collaboration, which every proposal to the theme takes. */
    String departmentGroup;
    String collaborationForm;
    String createdBy;
    OffsetDateTime createdAt;
    @Version
    int version;

    protected ProposalRound() {
    }

    ProposalRound(OffsetDateTime createdAt) {
        this.createdAt = createdAt;
    }

    /** A theme's call fixes the department and the form of collaboration of every proposal; a citizen call fixes nothing. */
    ProposalContent fixed(ProposalContent content) {
        return themeId == null || content == null ? content : content.forTheme(departmentGroup, collaborationForm);
    }

    boolean acceptsSubmissionsAt(OffsetDateTime now) {
        return status == ProposalRoundStatus.OPEN && !now.isBefore(rules.opensAt()) && now.isBefore(rules.closesAt());
    }
}
