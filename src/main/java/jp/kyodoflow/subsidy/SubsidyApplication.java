package jp.kyodoflow.subsidy;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import jp.kyodoflow.common.BusinessRuleException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A group's 交付申請 and everything that follows from it; amounts are yen. */
@Entity
@Table(name = "subsidy_application")
class SubsidyApplication {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    long callId;
    long rulesId;
    long groupId;
    String programmeCode;
    String trackCode;
    @Enumerated(EnumType.STRING)
    SubsidyStatus status = SubsidyStatus.SUBMITTED;
    @JdbcTypeCode(SqlTypes.JSON)
    SubsidyInputs.Application content;
    @JdbcTypeCode(SqlTypes.JSON)
    List<Finding> findings = List.of();
    long requestedYen;
    long eligibleYen;
    long maxYen;
    String maxWorking;
    Long grantedYen;
    int decisionVersion;
    LocalDate decidedOn;
    String reviewResult;
    @JdbcTypeCode(SqlTypes.JSON)
    SubsidyInputs.Report report;
    LocalDate reportDue;
    Long actualEligibleYen;
    Long finalYen;
    String finalWorking;
    long advancedYen;
    long paidYen;
    long repayYen;
    long repaidYen;
    LocalDate repayDue;
    String statusReason;
    String processInstanceId;
    String submittedBy;
    OffsetDateTime submittedAt;
    OffsetDateTime updatedAt;
    @Version
    int version;

    /**
     * A finding of the requirements check (要件審査).
     *
     * @param blocking the application cannot be accepted as it is (double subsidy, above the maximum, group not eligible)
     */
    record Finding(String kind, String message, boolean blocking) {
    }

    void requireStatus(SubsidyStatus... allowed) {
        if (!Set.of(allowed).contains(status)) {
            throw new BusinessRuleException("この申請は現在「" + status.label() + "」のため、この操作はできません");
        }
    }

    String key() {
        return "SA-" + id;
    }
}
