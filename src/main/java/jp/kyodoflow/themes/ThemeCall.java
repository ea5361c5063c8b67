package jp.kyodoflow.themes;

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

/** A call (公募) that publishes approved themes of a fiscal year with one window and one Q&A period. */
@Entity
@Table(name = "theme_call")
class ThemeCall {

    enum Status { OPEN, CLOSED, REVIEWING, DONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String title;
    int fiscalYear;
    OffsetDateTime opensAt;
    OffsetDateTime closesAt;
    OffsetDateTime questionsCloseAt;
    OffsetDateTime briefingAt;
    String briefingPlace;
    Long reviewConfigId;
    @JdbcTypeCode(SqlTypes.JSON)
    List<RoundInputs.MemberInput> committee = List.of();
    @Enumerated(EnumType.STRING)
    ReviewScope reviewScope = ReviewScope.THEME;
    @Enumerated(EnumType.STRING)
    Status status = Status.OPEN;
    String processInstanceId;
    String createdBy;
    OffsetDateTime createdAt;
    @Version
    int version;

    protected ThemeCall() {
    }

    ThemeCall(OffsetDateTime createdAt) {
        this.createdAt = createdAt;
    }

    boolean takesQuestionsAt(OffsetDateTime now) {
        return !now.isBefore(opensAt) && now.isBefore(questionsCloseAt);
    }
}
