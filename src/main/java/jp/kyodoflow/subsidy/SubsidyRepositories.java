package jp.kyodoflow.subsidy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RulesVersionRepository extends JpaRepository<RulesVersion, Long> {
    Optional<RulesVersion> findFirstByFiscalYearOrderByVersionNoDesc(int fiscalYear);
}

interface SubsidyCallRepository extends JpaRepository<SubsidyCall, Long> {
    List<SubsidyCall> findByStatusOrderByClosesAtAsc(SubsidyCall.Status status);
}

interface SubsidyApplicationRepository extends JpaRepository<SubsidyApplication, Long> {
    List<SubsidyApplication> findByGroupIdOrderByIdDesc(long groupId);

    List<SubsidyApplication> findByCallIdOrderByIdAsc(long callId);

    List<SubsidyApplication> findByStatusInOrderByIdAsc(java.util.Collection<SubsidyStatus> statuses);
}

interface DecisionRepository extends JpaRepository<SubsidyRecords.Decision, Long> {
    List<SubsidyRecords.Decision> findByApplicationIdOrderByVersionNoAsc(long applicationId);
}

interface LedgerRepository extends JpaRepository<SubsidyRecords.LedgerEntry, Long> {
    List<SubsidyRecords.LedgerEntry> findByApplicationIdOrderByIdAsc(long applicationId);

    List<SubsidyRecords.LedgerEntry> findByApplicationIdInOrderByApplicationIdAscIdAsc(java.util.Collection<Long> ids);
}

interface DocumentRepository extends JpaRepository<SubsidyRecords.Document, Long> {
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
}
