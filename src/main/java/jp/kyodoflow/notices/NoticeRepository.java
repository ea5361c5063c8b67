package jp.kyodoflow.notices;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeRepository extends JpaRepository<Notice, Long> {

    List<Notice> findByCaseTypeAndCaseIdOrderByIdAsc(String caseType, Long caseId);
}
