package jp.kyodoflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.support.ProjectSteps;
import org.junit.jupiter.api.Test;

class EvaluationScoresTest {

    @Test
    void everyItemIsAWholeNumberFromOneToFive() {
        assertThat(EvaluationService.scores(ProjectSteps.sheet(5))).hasSize(7).containsEntry("targets", 5);
        Map<String, Object> sheet = new HashMap<>(ProjectSteps.sheet(3));
        sheet.put("synergy", 6);
        sheet.put("costEffect", 2.5);
        sheet.remove("method");
        assertThatThrownBy(() -> EvaluationService.scores(sheet)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("「相乗効果」を1〜5の整数で評価してください")
                .hasMessageContaining("「費用対効果」").hasMessageContaining("「協働という手法の適切さ」");
    }
}
