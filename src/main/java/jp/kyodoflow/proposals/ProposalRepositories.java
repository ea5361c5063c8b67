package jp.kyodoflow.proposals;

import java.util.Collection;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import jp.kyodoflow.common.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProposalRoundRepository extends JpaRepository<ProposalRound, Long> {
    List<ProposalRound> findAllByOrderByIdDesc();

    /** The call, or 404 in Japanese. */
    default ProposalRound load(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("募集が見つかりません"));
    }
}

interface ProposalRepository extends JpaRepository<Proposal, Long> {
    /** Reads and locks the row until the transaction ends (SELECT … FOR UPDATE), so that checks made on it hold. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Proposal p where p.id = :id")
    Optional<Proposal> findByIdForUpdate(@Param("id") Long id);

    List<Proposal> findByGroupIdInOrderByIdDesc(Collection<Long> groupIds);

    List<Proposal> findByRoundIdOrderByIdAsc(Long roundId);

    List<Proposal> findAllByOrderByIdDesc();

    /** The proposal, or 404 in Japanese. */
    default Proposal load(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("提案が見つかりません"));
    }
}

/**
 * Names this file of the module's repositories: a source without a class of its own name looks stale to the
 * compiler's change check, and every run of the README's command would compile it again.
 */
final class ProposalRepositories {
    private ProposalRepositories() {
    }
}
