package jp.kyodoflow.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseEventRepository extends JpaRepository<CaseEvent, Long> {
    List<CaseEvent> findByCaseTypeAndCaseIdOrderByOccurredAtAscIdAsc(String caseType, Long caseId);

    List<CaseEvent> findByCaseTypeAndCaseIdInOrderByOccurredAtAscIdAsc(String caseType, java.util.Collection<Long> caseIds);
}
