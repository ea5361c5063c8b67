package jp.kyodoflow.subsidy;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kyodo.subsidy}: the rules every fiscal year uses ({@code rules}), and a year's own rules where they
 * differ ({@code years.<fiscal year>}, a complete set). A city with no subsidy leaves {@code enabled} false.
 */
@ConfigurationProperties("kyodo.subsidy")
public record SubsidyProperties(boolean enabled, String issuer, String supportCentre, java.time.Period reportReminderBefore,
                                java.util.List<String> committee, SubsidyRules rules, Map<Integer, SubsidyRules> years) {

    public SubsidyProperties {
        years = years == null ? Map.of() : Map.copyOf(years);
        committee = committee == null ? java.util.List.of() : java.util.List.copyOf(committee);
        reportReminderBefore = reportReminderBefore == null ? java.time.Period.ofDays(7) : reportReminderBefore;
    }

    public SubsidyRules rulesFor(int fiscalYear) {
        return years.getOrDefault(fiscalYear, rules);
    }
}
