package jp.kyodoflow.subsidy;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One stored version of a fiscal year's rules; never changed once written. */
@Entity
@Table(name = "subsidy_rules")
class RulesVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    int fiscalYear;
    int versionNo;
    @JdbcTypeCode(SqlTypes.JSON)
    SubsidyRules rules;
    OffsetDateTime createdAt;

    protected RulesVersion() {
    }

    RulesVersion(int fiscalYear, int versionNo, SubsidyRules rules, OffsetDateTime createdAt) {
        this.fiscalYear = fiscalYear;
        this.versionNo = versionNo;
        this.rules = rules;
        this.createdAt = createdAt;
    }
}
