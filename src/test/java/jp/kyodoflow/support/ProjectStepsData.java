package jp.kyodoflow.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.FiscalYear;

/** An agreement draft as the 協議 form sends it, for tests that have no ProjectSteps at hand. */
public final class ProjectStepsData {
    private ProjectStepsData() {
    }

    public static Map<String, Object> agreement() {
        FiscalYear year = TestTime.thisFiscalYear();
        Map<String, Object> v = new HashMap<>();
        v.put("purpose", "子どもの居場所づくり");
        v.put("periodFrom", year.lastDay().minusMonths(2).toString());
        v.put("periodTo", year.lastDay().toString());
        v.put("targets", List.of(Map.of("description", "開催", "indicator", "回数", "targetValue", "24回")));
        v.put("cityRoles", List.of(Map.of("description", "会場の提供")));
        v.put("groupRoles", List.of(Map.of("description", "運営")));
        v.put("cityContribution", 300000);
        v.put("groupOwnFunds", 50000);
        return v;
    }
}
