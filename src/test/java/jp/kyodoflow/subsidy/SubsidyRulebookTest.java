package jp.kyodoflow.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A year's rules are stored as numbered versions: the same configuration keeps its version, a changed one becomes
 * the next, and the earlier version stays readable as it was (what running applications and their figures use).
 */
@IntegrationTest
class SubsidyRulebookTest {

    @Autowired RulesVersionRepository versions;
    @Autowired SubsidyProperties configured;
    @Autowired Clock clock;

    @Test
    void aChangedConfigurationIsTheYearsNextVersionAndTheEarlierOneStays() {
        FiscalYear year = new FiscalYear(2040);
        SubsidyRules first = configured.rules();
        SubsidyRules rounded = new SubsidyRules(first.programmes(), first.tracks(), first.priorityThemes(),
                new SubsidyRules.Rounding(1, SubsidyRules.RoundingMode.HALF_UP), first.expenseCategories(),
                first.changeThresholdPercent(), first.report(), first.combinableFunds(), first.awards(),
                first.reviewConfigName(), first.repaymentPeriod(), first.windows());

        var v1 = book(first).current(year);
        assertThat(book(first).current(year)).as("unchanged configuration, same version").isEqualTo(v1);
        var v2 = book(rounded).current(year);

        assertThat(v1.versionNo()).isEqualTo(1);
        assertThat(v2.versionNo()).isEqualTo(2);
        assertThat(v2.label()).isEqualTo("令和22年度 第2版");
        assertThat(book(rounded).get(v1.id()).rules().rounding()).as("version 1 as it was stored")
                .isEqualTo(new SubsidyRules.Rounding(1000, SubsidyRules.RoundingMode.DOWN));
        assertThat(book(first).current(year).versionNo()).as("going back is a change too").isEqualTo(3);
    }

    private SubsidyRulebook book(SubsidyRules rules) {
        return new SubsidyRulebook(versions, new SubsidyProperties(true, "佐久市長", null, null, null, null, Map.of(2040, rules)),
                clock);
    }
}
