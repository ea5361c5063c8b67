package jp.kyodoflow.themes;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import jp.kyodoflow.common.BusinessRuleException;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** A department's theme (テーマ) of the administration-proposed scheme, from draft to its outcome. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "theme")
class Theme {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    int fiscalYear;
    String title;
    String problem;
    String desiredOutcome;
    String expectedWork;
    long budgetCeilingYen;
    int fundingRate;
    LocalDate periodFrom;
    LocalDate periodTo;
    String departmentGroup;
    String collaborationForm;
    boolean preConsultationRequired;
    @Enumerated(EnumType.STRING)
    ThemeStatus status = ThemeStatus.IN_REVIEW;
    String returnReason;
    String returnedBy;
    String withdrawReason;
    String draftedBy;
    String approvedBy;
    OffsetDateTime approvedAt;
    String processInstanceId;
    OffsetDateTime createdAt;
    @LastModifiedDate
    OffsetDateTime updatedAt;
    @Version
    int version;

    protected Theme() {
    }

    Theme(OffsetDateTime createdAt) {
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    void requireStatus(ThemeStatus expected) {
        if (status != expected) {
            throw new BusinessRuleException("このテーマは現在「" + status.label() + "」のため、この操作はできません");
        }
    }

    void apply(ThemeInputs.ThemeDraft d) {
        fiscalYear = d.fiscalYear();
        title = d.title().strip();
        problem = d.problem().strip();
        desiredOutcome = d.desiredOutcome().strip();
        expectedWork = d.expectedWork().strip();
        budgetCeilingYen = d.budgetCeilingYen();
        fundingRate = d.fundingRate();
        periodFrom = d.periodFrom();
        periodTo = d.periodTo();
        collaborationForm = d.collaborationForm();
        preConsultationRequired = d.preConsultationRequired();
    }

    ThemeInputs.ThemeDraft draft() {
        return new ThemeInputs.ThemeDraft(fiscalYear, title, problem, desiredOutcome, expectedWork, budgetCeilingYen,
                fundingRate, periodFrom, periodTo, collaborationForm, preConsultationRequired);
    }
}
