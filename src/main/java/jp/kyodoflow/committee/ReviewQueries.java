package jp.kyodoflow.committee;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import jp.kyodoflow.audit.AuditTrail;
import jp.kyodoflow.common.Paging;
import jp.kyodoflow.security.CurrentUser;

/**
 * What people may read of a round. Before the result is decided: the coordinator, the approver
 * and the administrator read everything; a member reads the round and their own scores only, and
 * nothing of a proposal they are conflicted for. After it: city staff and the round's members read
 * the scores (anonymised when the round says so, except for the secretariat).
 */
public interface ReviewQueries {

    record MemberView(String userId, String displayName, String affiliation, boolean chair) {
    }

    @Schema(name = "ReviewProposalView")
    record ProposalView(Long id, String refType, Long refId, String title, Long applicantGroupId, long requestedYen,
                        Boolean stage1Passed, Aggregation.ProposalResult result, String resultLabel,
                        String comment, String decision, String conditions, String deviationReason, String dossier) {
    }

    record RecusalView(Long proposalId, String userId, String source, String note) {
    }

    record SlotView(int position, Long proposalId, LocalTime startsAt, Boolean attended) {
    }

    record HearingView(LocalDate heldOn, LocalTime startTime, String place, int presentationMinutes,
                       int questionMinutes, List<SlotView> slots) {
    }

    @Schema(name = "ReviewRoundView")
    record RoundView(Long id, String title, Long configId, String processInstanceId, ReviewRules rules,
                     String status, String recommendation,
                     List<MemberView> members, List<ProposalView> proposals, List<RecusalView> recusals,
                     List<HearingView> hearings, List<AuditTrail.Entry> minutes) {
    }

    record ScoreView(String stage, int attempt, Long proposalId, String member, String criterionCode, int score) {
    }

    /**
     * One page of the rounds the user may see, newest first, optionally in one status (e.g. DECIDED): the
     * same statements for a page whatever the number of rounds.
     */
    Paging.Page<RoundView> list(CurrentUser user, String status, Paging paging);

    /** One round as the user may see it; a round they may not see is not found. */
    RoundView round(CurrentUser user, long id);

    /**
     * A decided round's result for one proposal as the city publishes it (open data): no user ids, no reasons for
     * deviating, no recusals. {@code memberTotals} names each member as the round's publication setting says: by
     * name, or 委員A, 委員B … when the round is anonymised.
     */
    record PublishedResult(long roundId, String roundTitle, String purposeLabel, boolean anonymised, long proposalId,
                           String proposalTitle, Long applicantGroupId, long requestedYen, Double normalisedScore,
                           Integer rank, String resultLabel, String decision, String conditions,
                           java.time.LocalDate decidedOn, java.util.Map<String, Double> memberTotals) {
    }

    /** The results of every decided round, newest round first, for anyone (open data). */
    List<PublishedResult> publishedResults();

    /** The scores the user may see: the secretariat all, a member their own, everyone entitled all once decided. */
    List<ScoreView> scores(CurrentUser user, long id);
}
