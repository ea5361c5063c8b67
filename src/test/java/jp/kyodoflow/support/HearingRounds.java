package jp.kyodoflow.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.committee.ReviewQueries;
import jp.kyodoflow.committee.ReviewRules;
import jp.kyodoflow.committee.ReviewRules.Criterion;
import jp.kyodoflow.committee.ReviewRules.Stage;
import jp.kyodoflow.committee.ReviewRules.Threshold;
import jp.kyodoflow.committee.RoundInputs;
import org.springframework.stereotype.Component;

/**
 * A hearing-only committee round that is scoring now: fresh members (password demo), proposals, one member's
 * declared conflict, the hearing scheduled (in reverse order of the proposals, so the order of appearance
 * is the hearing's and not the order the proposals were added).
 */
@Component
public class HearingRounds {

    /** 公益性 weight 2 (1–5) and 実現可能性 weight 1 (1–5): a member's total is at most 15. */
    public static final ReviewRules RULES = new ReviewRules(List.of(Stage.HEARING),
            List.of(new Criterion("public", "公益性", 2, 1, 5), new Criterion("feasible", "実現可能性", 1, 1, 5)),
            new Threshold(Threshold.Kind.NORMALISED_100, 50), null, ReviewRules.ConflictPolicy.EXCLUDE, 1,
            ReviewRules.TieBreak.SHARED, null, null, false);

    public record Hearing(ReviewFlow.Round round, List<String> members, List<Long> proposalIds) {
        public long roundId() {
            return round.id();
        }
    }

    private final ReviewFlow review;
    private final Flow flow;
    private final ReviewQueries queries;

    HearingRounds(ReviewFlow review, Flow flow, ReviewQueries queries) {
        this.review = review;
        this.flow = flow;
        this.queries = queries;
    }

    /**
     * A round of {@code titles} scored by {@code members} (created when missing); {@code recused} declares an
     * interest in the first proposal (null: nobody).
     */
    public Hearing start(String configName, List<String> members, List<String> titles, String recused) {
        return start(configName, RULES, members, titles, recused);
    }

    /** As above, with the given (hearing-only) rules. */
    public Hearing start(String configName, ReviewRules rules, List<String> members, List<String> titles, String recused) {
        members.forEach(m -> review.member(m, "審査", m));
        long config = review.config(configName, rules);
        List<RoundInputs.ProposalInput> proposals = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            proposals.add(new RoundInputs.ProposalInput("TEST", 9000L + i, titles.get(i), i == 0 ? 1L : null, 100000));
        }
        ReviewFlow.Round round = review.start(config, members, proposals);
        List<Long> ids = titles.stream().map(t -> queries.round(flow.user("coord1"), round.id()).proposals().stream()
                .filter(p -> p.title().equals(t)).findFirst().orElseThrow().id()).toList();
        review.confirmAll(round, members, recused == null ? Map.of() : Map.of(recused, ids.get(0)));
        List<Map<String, Object>> order = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            order.add(Map.of("proposalId", ids.get(ids.size() - 1 - i), "position", i + 1));
        }
        flow.complete(round.processInstanceId(), "Task_ScheduleHearing", "coord1", Map.of("heldOn", "2027-02-14",
                "startTime", "13:30", "place", "佐久市役所 大会議室", "presentationMinutes", 10, "questionMinutes", 5,
                "hearingOrder", order));
        return new Hearing(round, members, ids);
    }
}
