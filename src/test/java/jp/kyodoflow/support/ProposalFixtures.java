package jp.kyodoflow.support;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.FiscalYear;

/** Typical proposal rounds and contents, as JSON maps the API takes. */
public final class ProposalFixtures {
    private ProposalFixtures() {
    }

    public static Map<String, Object> rules(OffsetDateTime opens, OffsetDateTime closes, boolean preConsultation,
                                            boolean budgetVote) {
        return rules(opens, closes, preConsultation, budgetVote, TestTime.thisFiscalYear());
    }

    /** A call of the given fiscal year (for tests that move the clock). */
    public static Map<String, Object> rules(OffsetDateTime opens, OffsetDateTime closes, boolean preConsultation,
                                            boolean budgetVote, FiscalYear year) {
        Map<String, Object> r = new HashMap<>();
        r.put("fiscalYear", year.year());
        r.put("opensAt", opens.toString());
        r.put("closesAt", closes.toString());
        r.put("preConsultationRequired", preConsultation);
        r.put("preConsultationCutoff", preConsultation ? closes.toLocalDate().toString() : null);
        r.put("onePerGroup", true);
        r.put("cityShareRates", List.of(90, 80, 70));
        r.put("capYen", 500000);
        r.put("budgetVoteRequired", budgetVote);
        return r;
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.ofHours(9));
    }

    /** A consistent proposal: expenses 500,000 = own 50,000 + city 450,000 (90 % in year 1). */
    public static Map<String, Object> content(String title) {
        return content(title, TestTime.thisFiscalYear());
    }

    /** As {@link #content(String)}, for a project in the given fiscal year. */
    public static Map<String, Object> content(String title, FiscalYear fy) {
        Map<String, Object> c = new HashMap<>();
        c.put("title", title);
        c.put("problem", "放課後に子どもが安心して過ごせる場所が不足している");
        c.put("purpose", "地域の大人が見守る居場所を週2回開く");
        c.put("targets", List.of(Map.of("description", "居場所の開設", "indicator", "開催回数", "targetValue", "年80回")));
        c.put("content", "公民館を会場に、学習支援と食事提供を行う");
        c.put("expectedEffect", "子どもの孤食の減少、保護者の安心");
        c.put("whyCollaboration", "団体の人材と市の施設・広報を組み合わせる");
        c.put("collaborationForm", "COOPERATION_AGREEMENT");
        c.put("cityRoles", List.of("会場の提供", "広報"));
        c.put("groupRoles", List.of("企画・運営", "ボランティアの確保"));
        c.put("periodFrom", fy.firstDay().plusMonths(8).toString());
        c.put("periodTo", fy.lastDay().toString());
        c.put("projectYear", 1);
        c.put("departments", List.of("dept-kosodate", "dept-bosai"));
        c.put("budget", budget(50000, 450000, 0, 500000));
        return c;
    }

    public static Map<String, Object> budget(long own, long city, long other, long expenses) {
        List<Map<String, Object>> lines = new ArrayList<>();
        lines.add(Map.of("category", "消耗品費", "description", "食材・文具", "amount", expenses - 100000));
        lines.add(Map.of("category", "謝金", "description", "学習支援講師", "amount", 100000));
        return Map.of("incomeOwnFunds", own, "incomeCityShare", city, "incomeOther", other, "expenses", lines);
    }
}
