package jp.kyodoflow.projects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The typed records a project year leaves behind: grant, contract, progress, review. */
final class ProjectRecords {
    private ProjectRecords() {
    }

    @Entity
    @Table(name = "project_grant")
    static class Grant {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        Long projectId;
        int fiscalYear;
        int projectYear;
        long amountYen;
        LocalDate periodFrom;
        LocalDate periodTo;
        String conditions;
        String decidedBy;
        OffsetDateTime decidedAt;

        protected Grant() {
        }

        Grant(OffsetDateTime decidedAt) {
            this.decidedAt = decidedAt;
        }
    }

    @Entity
    @Table(name = "project_contract")
    static class Contract {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        Long projectId;
        int fiscalYear;
        int projectYear;
        String contractNumber;
        long amountYen;
        LocalDate periodFrom;
        LocalDate periodTo;
        String summary;
        String recordedBy;
        OffsetDateTime recordedAt;

        protected Contract() {
        }

        Contract(OffsetDateTime recordedAt) {
            this.recordedAt = recordedAt;
        }
    }

    @Entity
    @Table(name = "project_progress")
    static class Progress {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        Long projectId;
        int projectYear;
        String kind;
        String note;
        String issues;
        String adjustments;
        String recordedBy;
        OffsetDateTime recordedAt;

        protected Progress() {
        }

        Progress(OffsetDateTime recordedAt) {
            this.recordedAt = recordedAt;
        }
    }

    @Entity
    @Table(name = "project_review")
    static class Review {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        Long projectId;
        int projectYear;
        @Enumerated(EnumType.STRING)
        ContinuationDecision decision;
        String reason;
        String lessons;
        String decidedBy;
        OffsetDateTime decidedAt;

        protected Review() {
        }

        Review(OffsetDateTime decidedAt) {
            this.decidedAt = decidedAt;
        }
    }
}
