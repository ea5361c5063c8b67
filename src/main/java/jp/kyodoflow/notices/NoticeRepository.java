package jp.kyodoflow.notices;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NoticeRepository extends JpaRepository<Notice, Long> {

    @Query("""
            select n from Notice n
            where (n.recipientType = 'USER' and n.recipientId = :userId)
               or (n.recipientType = 'GROUP' and n.recipientId in :groups)
            order by n.createdAt desc, n.id desc""")
    List<Notice> findVisibleTo(@Param("userId") String userId, @Param("groups") Collection<String> groups);

    List<Notice> findByCaseTypeAndCaseIdOrderByIdAsc(String caseType, Long caseId);
}
