package jp.kyodoflow.proposals;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodoflow.common.BusinessRuleException;
import org.hibernate.annotations.JdbcTypeCode;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import org.hibernate.type.SqlTypes;

/** A group's proposal: a draft it edits, then a submitted case moving through the scheme. */
// only the changed columns in an update: a change of status does not rewrite the proposal's content (jsonb, indexed)
@org.hibernate.annotations.DynamicUpdate
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "proposal")
class Proposal {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long roundId;
    Long groupId;
    @Enumerated(EnumType.STRING)
    ProposalStatus status = ProposalStatus.DRAFT;
    @JdbcTypeCode(SqlTypes.JSON)
    @org.hibernate.annotations.Mutability(org.hibernate.type.descriptor.java.Immutability.class) // a record, replaced, never changed in place: no JSON copy per load
    ProposalContent content;
    @JdbcTypeCode(SqlTypes.JSON)
    List<String> eligibilityReasons = List.of();
    String decisionReason;
    OffsetDateTime correctionDeadline;
    @Enumerated(EnumType.STRING)
    ReviewDecision reviewDecision;
    String conditions;
    Long projectId;
    String processInstanceId;
    String createdBy;
    OffsetDateTime createdAt;
    OffsetDateTime submittedAt;
    @LastModifiedDate
    OffsetDateTime updatedAt;
    @Version
    int version;

    protected Proposal() {
    }

    Proposal(OffsetDateTime createdAt) {
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    void requireStatus(ProposalStatus expected) {
        if (status != expected) {
            throw new BusinessRuleException("この提案は現在「" + status.label() + "」のため、この操作はできません");
        }
    }

    void requireEditable() {
        if (!status.editable()) {
            throw new BusinessRuleException("この提案は現在「" + status.label() + "」のため、内容を変更できません");
        }
    }
}
