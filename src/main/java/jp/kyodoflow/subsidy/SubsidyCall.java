package jp.kyodoflow.subsidy;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A call (募集) of a year's subsidy: its window, the rules version it opened with, and its committee. */
@Entity
@Table(name = "subsidy_call")
class SubsidyCall {
    enum Status { OPEN, CLOSED, REVIEWING, DONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String title;
    int fiscalYear;
    long rulesId;
    OffsetDateTime opensAt;
    OffsetDateTime closesAt;
    @JdbcTypeCode(SqlTypes.JSON)
    List<String> committee = List.of();
    @Enumerated(EnumType.STRING)
    Status status = Status.OPEN;
    Long committeeRoundId;
    String processInstanceId;
    String createdBy;
    OffsetDateTime createdAt;
    @Version
    int version;

    boolean acceptsAt(OffsetDateTime t) {
        return status == Status.OPEN && !t.isBefore(opensAt) && t.isBefore(closesAt);
    }
}
