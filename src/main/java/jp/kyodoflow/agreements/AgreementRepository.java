package jp.kyodoflow.agreements;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementRepository extends JpaRepository<Agreement, Long> {
    List<Agreement> findByProjectIdOrderByVersionNoAsc(Long projectId);

    Optional<Agreement> findFirstByProjectIdOrderByVersionNoDesc(Long projectId);
}
