package jp.kyodoflow.subsidy;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The application's records that are written once: decision versions, ledger lines, documents, advances, changes. */
final class SubsidyRecords {
    private SubsidyRecords() {
    }

    /** A version of the grant decision (交付決定); a change approval adds the next one, earlier ones stay readable. */
    @Entity
    @Table(name = "subsidy_decision")
    static class Decision {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        long applicationId;
        int versionNo;
        long grantedYen;
        long eligibleYen;
        long maxYen;
        long requestedYen;
        String working;
        String reason;
        @JdbcTypeCode(SqlTypes.JSON)
        List<SubsidyInputs.BudgetLine> lines;
        Long documentId;
        String decidedBy;
        LocalDate decidedOn;
        OffsetDateTime createdAt;
    }

    enum LedgerKind {
        GRANTED("交付決定"), REGRANTED("変更交付決定"), ADVANCE_PAID("概算払"), FINALISED("額の確定"), PAID("支払"),
        REPAYMENT_ORDERED("返還命令"), REPAID("返還");

        final String label;

        LedgerKind(String label) {
            this.label = label;
        }
    }

    /** A line of the money ledger: what happened to the money, the rule's working and the rules version. */
    @Entity
    @Table(name = "subsidy_ledger")
    static class LedgerEntry {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        long applicationId;
        @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
        LedgerKind kind;
        long amountYen;
        Integer decisionVersion;
        LocalDate occurredOn;
        long rulesId;
        String working;
        Long documentId;
        String actor;
        OffsetDateTime recordedAt;
    }

    enum DocumentKind {
        GRANT_DECISION("交付決定通知書"), AMOUNT_FINALISATION("額確定通知書"), REPAYMENT_ORDER("返還命令書");

        final String label;

        DocumentKind(String label) {
            this.label = label;
        }
    }

    @Entity
    @Table(name = "subsidy_document")
    static class Document {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        long applicationId;
        @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
        DocumentKind kind;
        String documentNumber;
        LocalDate issuedOn;
        byte[] pdf;
        OffsetDateTime createdAt;
    }

    @Entity
    @Table(name = "subsidy_advance")
    static class Advance {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        long applicationId;
        long requestedYen;
        String status;
        String requestedBy;
        OffsetDateTime requestedAt;
        LocalDate paidOn;
        String paidBy;
    }

    @Entity
    @Table(name = "subsidy_change")
    static class Change {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        long applicationId;
        String kind;
        String status;
        String reason;
        boolean contentChanged;
        String planChange;
        @JdbcTypeCode(SqlTypes.JSON)
        List<SubsidyInputs.BudgetLine> lines;
        long oldTotalYen;
        long newTotalYen;
        Long grantedYen;
        String decisionReason;
        String requestedBy;
        OffsetDateTime requestedAt;
        String decidedBy;
        OffsetDateTime decidedAt;
    }

    @Entity
    @Table(name = "subsidy_consultation")
    static class Consultation {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        long groupId;
        int fiscalYear;
        LocalDate heldOn;
        String counterpart;
        String attendees;
        String summary;
        String recordedBy;
        OffsetDateTime createdAt;
    }

    @Entity
    @Table(name = "subsidy_award")
    static class Award {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        int fiscalYear;
        String status;
        @JdbcTypeCode(SqlTypes.JSON)
        List<String> committee;
        Long committeeRoundId;
        String processInstanceId;
        String createdBy;
        OffsetDateTime createdAt;
        OffsetDateTime publishedAt;
    }

    @Entity
    @Table(name = "subsidy_award_entry")
    static class AwardEntry {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        long awardId;
        long applicationId;
        int position;
        String rankLabel;
        String score;
    }
}
