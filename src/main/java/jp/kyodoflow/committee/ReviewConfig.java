package jp.kyodoflow.committee;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One immutable version of a named review configuration. */
@Entity
@Table(name = "review_config")
class ReviewConfig {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String name;
    int versionNo;
    @JdbcTypeCode(SqlTypes.JSON)
    ReviewRules rules;
    String createdBy;
    OffsetDateTime createdAt;

    protected ReviewConfig() {
    }

    ReviewConfig(OffsetDateTime createdAt) {
        this.createdAt = createdAt;
    }

    ReviewConfigService.ConfigView view() {
        return new ReviewConfigService.ConfigView(id, name, versionNo, rules, createdBy, createdAt);
    }
}
