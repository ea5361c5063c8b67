package jp.kyodoflow.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.committee.HearingConsole.Entry;
import jp.kyodoflow.committee.HearingConsole.Sheet;
import jp.kyodoflow.committee.ReviewRules.Criterion;

/** What the hearing pages compute for display: the running weighted total and refusals tied to their criterion. */
final class HearingView {

    private HearingView() {
    }

    /** Σ weight × score over the criteria typed with a whole number in range (as ScoreAggregator's member total). */
    static int total(Sheet sheet, Map<String, String> typed) {
        int total = 0;
        for (Criterion c : sheet.criteria()) {
            Integer score = score(typed.get(c.code()));
            if (score != null && score >= c.minScore() && score <= c.maxScore()) {
                total += c.weight() * score;
            }
        }
        return total;
    }

    /** The refusal's reasons per criterion code: a reason names its proposal and criterion as 「title／name」. */
    static Map<String, List<String>> fieldErrors(Sheet sheet, Entry entry, List<String> reasons) {
        Map<String, List<String>> byCode = new LinkedHashMap<>();
        for (Criterion c : sheet.criteria()) {
            String where = "「" + entry.title() + "／" + c.name() + "」";
            List<String> mine = reasons.stream().filter(r -> r.contains(where)).toList();
            if (!mine.isEmpty()) {
                byCode.put(c.code(), new ArrayList<>(mine));
            }
        }
        return byCode;
    }

    private static Integer score(String typed) {
        try {
            return typed == null ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
