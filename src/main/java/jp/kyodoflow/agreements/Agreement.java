package jp.kyodoflow.agreements;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** One version of a 協定書. Signed versions are never edited; a change is a new version. */
@Entity
@Table(name = "agreement")
class Agreement {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    Long projectId;
    int versionNo;
    int fiscalYear;
    int projectYear;
    @Enumerated(EnumType.STRING)
    AgreementStatus status;
    String purpose;
    LocalDate periodFrom;
    LocalDate periodTo;
    long cityContributionYen;
    long groupOwnFundsYen;
    String inKindDescription;
    Long inKindValueYen;
    String schedule;
    String risks;
    String draftedBy;
    OffsetDateTime draftedAt;
    OffsetDateTime signedAt;
    Long previousVersionId;
    @Version
    int version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "agreement_id", nullable = false)
    @OrderBy("position")
    List<Target> targets = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "agreement_id", nullable = false)
    @OrderBy("party, position")
    List<Role> roles = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "agreement_id", nullable = false)
    @OrderBy("signedAt, id")
    List<Signature> signatures = new ArrayList<>();

    @Entity
    @Table(name = "agreement_target")
    static class Target {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        int position;
        String description;
        String indicator;
        String targetValue;
    }

    @Entity
    @Table(name = "agreement_role")
    static class Role {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        String party;
        String partyName;
        int position;
        String description;
    }

    @Entity
    @Table(name = "agreement_signature")
    static class Signature {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        String party;
        @Enumerated(EnumType.STRING)
        SignatureDecision decision;
        String signer;
        String comment;
        OffsetDateTime signedAt;

        protected Signature() {
        }

        Signature(OffsetDateTime signedAt) {
            this.signedAt = signedAt;
        }
    }

    boolean isDraft() {
        return status == AgreementStatus.DRAFT;
    }

    boolean hasSignatureFrom(String party) {
        return signatures.stream().anyMatch(s -> s.party.equals(party));
    }

    boolean signedByBoth() {
        return signatures.stream().filter(s -> s.decision == SignatureDecision.SIGNED).map(s -> s.party).distinct()
                .count() == 2;
    }
}
