package jp.kyodoflow.support;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.committee.CityRulePresets;
import jp.kyodoflow.committee.RoundInputs;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.proposals.ProposalInputs;
import jp.kyodoflow.proposals.ProposalRoundService;
import jp.kyodoflow.proposals.RoundRules;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.stereotype.Component;

/** An open call and a fresh group's draft proposal in it, made as the coordinator and the group would. */
@Component
public class ProposalDrafts {

    private final ProposalRoundService calls;
    private final ReviewFlow review;
    private final TestRestTemplate rest;
    private final Clock clock;

    ProposalDrafts(ProposalRoundService calls, ReviewFlow review, TestRestTemplate rest, Clock clock) {
        this.clock = clock;
        this.calls = calls;
        this.review = review;
        this.rest = rest;
    }

    public record Draft(long roundId, long groupId, long proposalId) {
    }

    /** A call open for a week; a newly registered group (its user is applicant3) with one draft. */
    public Draft draft(String groupName) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        FiscalYear year = FiscalYear.current(clock);
        long configId = review.config(groupName + "の審査設定", CityRulePresets.kyodoDefault());
        long roundId = calls.create(new ProposalInputs.CreateRound(groupName + "の募集", new RoundRules(year.year(),
                now.minusHours(1), now.plusDays(7), false, null, true, List.of(90, 80, 70), 500_000, false), configId,
                List.of(new RoundInputs.MemberInput("committee1", "委員", true))), "coord1").id();
        long groupId = review.registerGroup(groupName, "代表 花子", null);
        var created = new Api(rest, "applicant3").post("/api/proposal-rounds/" + roundId + "/proposals",
                Map.of("groupId", groupId, "content", ProposalFixtures.content(groupName + "の提案", year), "submit", false));
        if (!created.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("draft not created: " + created.getBody());
        }
        return new Draft(roundId, groupId, ((Number) created.getBody().get("id")).longValue());
    }
}
