package jp.kyodoflow.committee.round;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import jp.kyodoflow.committee.Aggregation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A proposal in a round, with the committee's result, the chair's comment and the approver's decision. */
@Entity
@Table(name = "review_proposal")
class ReviewProposal {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String refType;
    Long refId;
    String title;
    Long applicantGroupId;
    long requestedYen;
    String dossier;
    // both written by the stage's aggregation in one statement for all the stage's proposals (RoundRecords.storeResults)
    @jakarta.persistence.Column(name = "stage1_passed", insertable = false, updatable = false)
    Boolean stage1Passed;
    @JdbcTypeCode(SqlTypes.JSON)
    @jakarta.persistence.Column(insertable = false, updatable = false)
    Aggregation.ProposalResult result;
    String comment;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    ProposalDecision decision;
    String conditions;
    String deviationReason;
    String decidedBy;
    OffsetDateTime decidedAt;

    /** The committee recommends adoption when the proposal passed its adoption line and fits in the budget. */
    boolean recommended() {
        return result != null && result.passed() && result.withinBudget();
    }

    /** The result in words; {@code line} false: the round has no adoption line and ranks only. */
    String resultLabel(boolean line) {
        if (!line && result != null && result.quorum()) {
            String rank = result.rank() == null ? "" : result.rank() + "位" + (result.tied() ? "（同順位）" : "") + "・";
            return rank + String.format("%.2f", result.normalised()) + "点（100点換算）・採択ラインなし（順位のみ）"
                    + (result.withinBudget() ? "" : "・予算超過");
        }
        return resultLabel();
    }

    String resultLabel() {
        if (result == null) {
            return Boolean.FALSE.equals(stage1Passed) ? "書類審査で基準未満" : "未集計";
        }
        if (!result.quorum()) {
            return "定足数不足（採点委員 " + result.scorers() + "人）";
        }
        String rank = result.rank() == null ? "" : result.rank() + "位" + (result.tied() ? "（同順位）" : "") + "・";
        return rank + String.format("%.2f", result.normalised()) + "点（100点換算）・"
                + (result.passed() ? (result.withinBudget() ? "採択基準以上" : "採択基準以上（予算超過）") : "基準未満");
    }
}
