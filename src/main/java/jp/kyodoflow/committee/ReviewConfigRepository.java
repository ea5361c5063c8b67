package jp.kyodoflow.committee;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewConfigRepository extends JpaRepository<ReviewConfig, Long> {
    List<ReviewConfig> findAllByOrderByNameAscVersionNoDesc();

    Optional<ReviewConfig> findFirstByNameOrderByVersionNoDesc(String name);
}
