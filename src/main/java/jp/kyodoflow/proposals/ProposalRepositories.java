package jp.kyodoflow.proposals;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalRoundRepository extends JpaRepository<ProposalRound, Long> {
    List<ProposalRound> findAllByOrderByIdDesc();
}

interface ProposalRepository extends JpaRepository<Proposal, Long> {
    List<Proposal> findByGroupIdInOrderByIdDesc(Collection<Long> groupIds);

    List<Proposal> findByRoundIdOrderByIdAsc(Long roundId);

    List<Proposal> findAllByOrderByIdDesc();
}
