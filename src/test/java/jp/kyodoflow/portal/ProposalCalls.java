package jp.kyodoflow.portal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import jp.kyodoflow.committee.CityRulePresets;
import jp.kyodoflow.committee.RoundInputs;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.proposals.ProposalInputs;
import jp.kyodoflow.proposals.ProposalRoundService;
import jp.kyodoflow.proposals.RoundRules;
import jp.kyodoflow.support.ReviewFlow;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A fresh open call for a portal test (no pre-consultation, one per group, 90/80/70 %, cap 500,000円) and a proposal form. */
final class ProposalCalls {
    private ProposalCalls() {
    }

    static long open(ProposalRoundService calls, ReviewFlow review, Clock clock, String title) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        long configId = review.config(title + "の審査設定", CityRulePresets.kyodoDefault());
        return calls.create(new ProposalInputs.CreateRound(title, new RoundRules(FiscalYear.current(clock).year(),
                now.minusHours(1), now.plusDays(7), false, null, true, List.of(90, 80, 70), 500_000, false), configId,
                List.of(new RoundInputs.MemberInput("committee1", "委員", true))), "coord1").id();
    }

    /** A complete proposal as the form sends it; expenses 300,000 + 200,000, income 50,000 + city + 0. */
    static MultiValueMap<String, String> form(Clock clock, String title, String cityShare) {
        FiscalYear year = FiscalYear.current(clock);
        MultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        f.add("title", title);
        f.add("problem", "放課後の居場所が足りない");
        f.add("purpose", "見守りのある居場所を開く");
        f.add("content", "公民館で学習支援と食事提供");
        f.add("expectedEffect", "孤食の減少");
        f.add("whyCollaboration", "団体の人材と市の施設");
        f.add("targets[0].description", "居場所の開設");
        f.add("targets[0].indicator", "開催回数");
        f.add("targets[0].targetValue", "年40回");
        f.add("cityRoles[0]", "会場の提供");
        f.add("groupRoles[0]", "運営");
        f.add("collaborationForm", "COOPERATION_AGREEMENT");
        f.add("departments", "dept-kosodate");
        f.add("periodFrom", year.firstDay().plusMonths(8).toString());
        f.add("periodTo", year.lastDay().toString());
        f.add("projectYear", "1");
        f.add("budget.incomeOwnFunds", "50000");
        f.add("budget.incomeCityShare", cityShare);
        f.add("budget.incomeOther", "0");
        f.add("budget.expenses[0].category", "消耗品費");
        f.add("budget.expenses[0].description", "食材");
        f.add("budget.expenses[0].amount", "300000");
        f.add("budget.expenses[1].category", "謝金");
        f.add("budget.expenses[1].description", "講師");
        f.add("budget.expenses[1].amount", "200000");
        return f;
    }
}
