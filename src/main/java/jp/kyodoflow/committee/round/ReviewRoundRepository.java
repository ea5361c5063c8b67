package jp.kyodoflow.committee.round;

import java.util.List;
import java.util.Optional;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.security.CurrentUser;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRoundRepository extends JpaRepository<ReviewRound, Long> {
    List<ReviewRound> findAllByOrderByIdDesc();

    List<ReviewRound> findByStatusOrderByIdDesc(RoundStatus status);

    Optional<ReviewRound> findByProcessInstanceId(String processInstanceId);

    /**
     * The round with its proposals, in one statement (scoring and aggregation read both); a round already loaded
     * in the transaction is not read again.
     */
    @Override
    @org.springframework.data.jpa.repository.EntityGraph(attributePaths = "proposals")
    Optional<ReviewRound> findById(Long id);

    default ReviewRound load(long roundId) {
        return findById(roundId).orElseThrow(() -> new NotFoundException("審査会が見つかりません"));
    }

    /** The round if the user may see it at all (see {@link RoundAccess}); otherwise not found. */
    default ReviewRound visibleTo(CurrentUser user, long roundId) {
        return findById(roundId).filter(r -> RoundAccess.canSee(user, r))
                .orElseThrow(() -> new NotFoundException("審査会が見つかりません"));
    }
}
