package jp.kyodoflow.projects;

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
import jp.kyodoflow.common.BusinessRuleException;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "collaboration_project")
class CollaborationProject {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String title;
    String problem;
    String evidence;
    String field;
    String origin;
    Long proposalId;
    Long cityShareLimitYen;
    String raisedBy;
    String departmentGroup;
    Long partnerGroupId;
    @Enumerated(EnumType.STRING)
    CollaborationForm collaborationForm;
    @Enumerated(EnumType.STRING)
    ProjectStatus status;
    int projectYear = 1;
    int maxYears;
    int fiscalYear;
    String processInstanceId;
    OffsetDateTime createdAt;
    @LastModifiedDate
    OffsetDateTime updatedAt;
    @Version
    int version;

    protected CollaborationProject() {
    }

    CollaborationProject(String title, String problem, String evidence, String field, String origin, String raisedBy,
                         String departmentGroup, int maxYears, int fiscalYear, String processInstanceId,
                         OffsetDateTime createdAt) {
        this.title = title;
        this.problem = problem;
        this.evidence = evidence;
        this.field = field;
        this.origin = origin;
        this.raisedBy = raisedBy;
        this.departmentGroup = departmentGroup;
        this.maxYears = maxYears;
        this.fiscalYear = fiscalYear;
        this.processInstanceId = processInstanceId;
        this.status = ProjectStatus.CONSIDERING;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    void requireStatus(ProjectStatus... allowed) {
        for (ProjectStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new BusinessRuleException("この協働事業は現在「" + status.label() + "」のため、この操作はできません");
    }

    void requirePartner() {
        if (partnerGroupId == null) {
            throw new BusinessRuleException("協働相手が選定されていません");
        }
    }
}
