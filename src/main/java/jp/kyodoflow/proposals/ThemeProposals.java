package jp.kyodoflow.proposals;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.committee.RoundInputs;
import jp.kyodoflow.proposals.events.ProposalRoundOpened;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposals module's door for the administration-proposed scheme (行政提案型): a theme's publication is
 * a call of this module, so that submission (window, one per group, 事前協議, the ceiling), 要件審査, the
 * department's opinion, attachments and the handover to the project flow are the citizen scheme's own.
 * The theme's call process (in the themes module) drives the call instead of CitizenProposalRoundProcess.
 */
@Service
@Transactional
public class ThemeProposals {

    /** The record type under which the committee knows a proposal of this module (both schemes). */
    public static final String REF_TYPE = "CITIZEN_PROPOSAL";

    /** The statuses (by name) of a proposal still on its way to the committee: 要件審査, 差戻し, 意見照会. */
    public static final java.util.Set<String> SCREENING = java.util.Set.of(ProposalStatus.SUBMITTED.name(),
            ProposalStatus.SENT_BACK.name(), ProposalStatus.IN_OPINION.name());

    /**
     * A theme's publication: the theme's rules for proposals (window, ceiling as the cap, the funding rate as
     * the city's share, 事前協議), its department and form of collaboration, which every proposal takes.
     */
    public record ThemeCall(String title, RoundRules rules, long themeId, String departmentGroup,
                            String collaborationForm) {
    }

    /** A proposal to a theme as staff list it. */
    public record Entry(long proposalId, long groupId, String title, String status, String statusLabel,
                        long cityShareYen, OffsetDateTime submittedAt) {
    }

    private final ProposalRoundRepository rounds;
    private final ProposalRepository proposals;
    private final ProposalRoundService roundService;
    private final ApplicationEventPublisher events;
    private final ProposalDossier dossier;
    private final Clock clock;

    ThemeProposals(ProposalRoundRepository rounds, ProposalRepository proposals, ProposalRoundService roundService,
                   ApplicationEventPublisher events, ProposalDossier dossier, Clock clock) {
        this.dossier = dossier;
        this.rounds = rounds;
        this.proposals = proposals;
        this.roundService = roundService;
        this.events = events;
        this.clock = clock;
    }

    /** Opens the call of one theme's publication; refuses rules in error. */
    public long open(ThemeCall in, String actor) {
        List<String> problems = in.rules().problems();
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("公募の設定に誤りがあります", problems);
        }
        ProposalRound round = new ProposalRound(OffsetDateTime.now(clock));
        round.title = in.title();
        round.rules = in.rules();
        round.themeId = in.themeId();
        round.departmentGroup = in.departmentGroup();
        round.collaborationForm = in.collaborationForm();
        round.createdBy = actor;
        ProposalRound saved = rounds.saveAndFlush(round);
        events.publishEvent(new ProposalRoundOpened(saved.id, saved.title, in.rules().fiscalYear(), in.rules().opensAt(),
                in.rules().closesAt(), actor));
        return saved.id;
    }

    /** 募集の締切 of the theme's call. */
    public void close(long roundId) {
        roundService.close(roundId);
    }

    /**
     * The proposals still on their way to the committee (要件審査, 差戻し, 意見照会), by title: a theme's review waits
     * for them, so that no proposal is left behind when the committee ranks the others.
     */
    @Transactional(readOnly = true)
    public List<String> stillScreened(long roundId) {
        return proposals.findByRoundIdOrderByIdAsc(roundId).stream()
                .filter(p -> SCREENING.contains(p.status.name()))
                .map(p -> "PR-" + p.id + " " + p.content.title() + "（" + p.status.label() + "）").toList();
    }

    /** The proposals whose 意見照会 is done, now in review: what the committee ranks. Empty when there are none. */
    public List<RoundInputs.ProposalInput> takeReadyForReview(long roundId) {
        ProposalRound round = rounds.load(roundId);
        List<Proposal> ready = proposals.findByRoundIdOrderByIdAsc(roundId).stream()
                .filter(p -> p.status == ProposalStatus.AWAITING_REVIEW).toList();
        ready.forEach(p -> p.status = ProposalStatus.IN_REVIEW);
        round.status = ProposalRoundStatus.REVIEWING;
        return ready.stream().map(p -> new RoundInputs.ProposalInput(REF_TYPE, p.id, p.content.title(), p.groupId,
                p.content.budget().incomeCityShare(), dossier.of(p))).toList();
    }

    /** The committee round that ranks this call's proposals (one per theme, or one shared by a whole call). */
    public void linkCommitteeRound(long roundId, long committeeRoundId) {
        rounds.load(roundId).committeeRoundId = committeeRoundId;
    }

    /**
     * 選定: the chosen proposal is adopted and every other proposal in review is not, with the reason each
     * group reads; each proposal's process continues (the chosen one to 協議). {@code chosen} null: none is.
     */
    public void decide(long roundId, Long chosen, String notChosenReason) {
        List<Proposal> inReview = proposals.findByRoundIdOrderByIdAsc(roundId).stream()
                .filter(p -> p.status == ProposalStatus.IN_REVIEW).toList();
        if (chosen != null && inReview.stream().noneMatch(p -> p.id.equals(chosen))) {
            throw new BusinessRuleException("選んだ提案はこのテーマの審査対象ではありません");
        }
        List<ProposalRoundService.Decision> decided = new ArrayList<>();
        for (Proposal p : inReview) {
            boolean isChosen = p.id.equals(chosen);
            decided.add(new ProposalRoundService.Decision(REF_TYPE, p.id, isChosen ? "ADOPT" : "REJECT",
                    isChosen ? null : notChosenReason));
        }
        roundService.distributeDecisions(roundId, decided);
    }

    /** The call's proposals (not drafts) in the order they came. */
    @Transactional(readOnly = true)
    public List<Entry> entries(long roundId) {
        return proposals.findByRoundIdOrderByIdAsc(roundId).stream().filter(p -> p.status != ProposalStatus.DRAFT)
                .map(p -> new Entry(p.id, p.groupId, p.content.title(), p.status.name(), p.status.label(),
                        p.content.budget().incomeCityShare() == null ? 0 : p.content.budget().incomeCityShare(),
                        p.submittedAt)).toList();
    }

    /** The project the chosen proposal became, once handed over; null before. */
    @Transactional(readOnly = true)
    public Long projectOf(long proposalId) {
        return proposals.load(proposalId).projectId;
    }
}
