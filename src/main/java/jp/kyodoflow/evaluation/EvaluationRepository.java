package jp.kyodoflow.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationRepository extends JpaRepository<Evaluation, Long> {
    List<Evaluation> findByProjectIdOrderByProjectYearAscIdAsc(Long projectId);

    Optional<Evaluation> findByProjectIdAndProjectYearAndKind(Long projectId, int projectYear, String kind);
}
