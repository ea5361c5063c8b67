package jp.kyodoflow.notices;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "notice")
class Notice {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String recipientType;
    String recipientId;
    String kind;
    String title;
    String body;
    String caseType;
    Long caseId;
    OffsetDateTime createdAt;
    OffsetDateTime readAt;
    Long civicGroupId;

    protected Notice() {
    }

    NoticeService.NoticeView view() {
        return new NoticeService.NoticeView(id, kind, title, body, caseType, caseId, createdAt, readAt, recipientType,
                recipientId, civicGroupId);
    }
}
