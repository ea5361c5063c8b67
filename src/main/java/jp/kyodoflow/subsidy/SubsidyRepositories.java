package jp.kyodoflow.subsidy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RulesVersionRepository extends JpaRepository<RulesVersion, Long> {
    Optional<RulesVersion> findFirstByFiscalYearOrderByVersionNoDesc(int fiscalYear);
}

interface SubsidyCallRepository extends JpaRepository<SubsidyCall, Long> {
    List<SubsidyCall> findByStatusOrderByClosesAtAsc(SubsidyCall.Status status);

    boolean existsByOpensAtAndClosesAt(java.time.OffsetDateTime opensAt, java.time.OffsetDateTime closesAt);
}

interface SubsidyApplicationRepository extends JpaRepository<SubsidyApplication, Long> {
    List<SubsidyApplication> findByGroupIdOrderByIdDesc(long groupId);

    List<SubsidyApplication> findByCallIdOrderByIdAsc(long callId);

    List<SubsidyApplication> findByStatusInOrderByIdAsc(java.util.Collection<SubsidyStatus> statuses);

    /** The applications in these states to the calls of a fiscal year, in the order they came. */
    @org.springframework.data.jpa.repository.Query("select a from SubsidyApplication a where a.status in :statuses"
            + " and a.callId in (select c.id from SubsidyCall c where c.fiscalYear = :fiscalYear) order by a.id")
    List<SubsidyApplication> findByStatusInAndFiscalYear(@org.springframework.data.repository.query.Param("statuses")
            java.util.Collection<SubsidyStatus> statuses, @org.springframework.data.repository.query.Param("fiscalYear") int fiscalYear);

    /** The applications to the calls of a fiscal year. */
    @org.springframework.data.jpa.repository.Query("select a from SubsidyApplication a"
            + " where a.callId in (select c.id from SubsidyCall c where c.fiscalYear = :fiscalYear) order by a.id")
    List<SubsidyApplication> findByFiscalYear(@org.springframework.data.repository.query.Param("fiscalYear") int fiscalYear);
}

interface DecisionRepository extends JpaRepository<SubsidyRecords.Decision, Long> {
    List<SubsidyRecords.Decision> findByApplicationIdOrderByVersionNoAsc(long applicationId);
}

interface LedgerRepository extends JpaRepository<SubsidyRecords.LedgerEntry, Long> {
    List<SubsidyRecords.LedgerEntry> findByApplicationIdOrderByIdAsc(long applicationId);

    List<SubsidyRecords.LedgerEntry> findByApplicationIdInOrderByApplicationIdAscIdAsc(java.util.Collection<Long> ids);
}

interface DocumentRepository extends JpaRepository<SubsidyRecords.Document, Long> {
    /** The numbers of some documents (id, number), without their PDFs. */
    @org.springframework.data.jpa.repository.Query("select d.id, d.documentNumber from SubsidyRecords$Document d where d.id in :ids")
    List<Object[]> findNumbers(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);

    List<SubsidyRecords.Document> findByApplicationIdOrderByIdAsc(long applicationId);
}

interface AdvanceRepository extends JpaRepository<SubsidyRecords.Advance, Long> {
    List<SubsidyRecords.Advance> findByApplicationIdOrderByIdAsc(long applicationId);
}

interface ChangeRepository extends JpaRepository<SubsidyRecords.Change, Long> {
    List<SubsidyRecords.Change> findByApplicationIdOrderByIdAsc(long applicationId);
}

interface ConsultationRepository extends JpaRepository<SubsidyRecords.Consultation, Long> {
    List<SubsidyRecords.Consultation> findByGroupIdAndFiscalYearOrderByHeldOnAsc(long groupId, int fiscalYear);
}

interface AwardRepository extends JpaRepository<SubsidyRecords.Award, Long> {
    List<SubsidyRecords.Award> findByStatusOrderByFiscalYearDesc(String status);

    List<SubsidyRecords.Award> findByFiscalYear(int fiscalYear);
}

interface AwardEntryRepository extends JpaRepository<SubsidyRecords.AwardEntry, Long> {
    List<SubsidyRecords.AwardEntry> findByAwardIdOrderByPositionAsc(long awardId);

    List<SubsidyRecords.AwardEntry> findByAwardIdInOrderByPositionAsc(java.util.Collection<Long> awardIds);
}

/**
 * Names this file of the module's repositories: a source without a class of its own name looks stale to the
 * compiler's change check, and every run of the README's command would compile it again.
 */
final class SubsidyRepositories {
    private SubsidyRepositories() {
    }
}
