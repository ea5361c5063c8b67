package jp.kyodoflow.groups;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "group_application")
class GroupApplication {

    enum Status { SUBMITTED, SENT_BACK, REGISTERED, REFUSED, LAPSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    Status status;
    String applicantUserId;
    String processInstanceId;
    String groupName;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, Object> content;
    Boolean eligibilityPassed;
    @JdbcTypeCode(SqlTypes.JSON)
    List<String> eligibilityReasons = List.of();
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, Object> rulesSnapshot;
    String decisionReason;
    OffsetDateTime correctionDeadline;
    Long civicGroupId;
    OffsetDateTime submittedAt;
    OffsetDateTime decidedAt;
    String decidedBy;
    @Version
    int version;

    protected GroupApplication() {
    }

    GroupApplication(String applicantUserId, String processInstanceId, GroupApplicationRequest request,
                     OffsetDateTime submittedAt) {
        this.status = Status.SUBMITTED;
        this.applicantUserId = applicantUserId;
        this.processInstanceId = processInstanceId;
        this.submittedAt = submittedAt;
        replaceContent(request);
    }

    void replaceContent(GroupApplicationRequest request) {
        this.groupName = request.groupName();
        this.content = GroupJson.toMap(request);
    }

    GroupApplicationRequest request() {
        return GroupJson.fromMap(content);
    }

    void requireStatus(Status expected, String what) {
        if (status != expected) {
            throw new jp.kyodoflow.common.BusinessRuleException(
                    "この申請は" + what + "できる状態ではありません（現在：" + status + "）");
        }
    }
}
