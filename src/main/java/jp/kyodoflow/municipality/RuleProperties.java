package jp.kyodoflow.municipality;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rule values that differ between cities (rules.md §1, §3, §8). A running case copies the values
 * it needs when it starts (registration checks store a snapshot; projects keep maxYears), so a
 * change here applies to new cases only.
 */
@ConfigurationProperties("kyodo.rules")
public record RuleProperties(Registration registration, Project project, Deadlines deadlines) {

    public record Registration(int minMembers, boolean requireBaseInCity, boolean requireBylaws,
                               boolean requireAccounting, int minActiveYears, Period correctionPeriod,
                               Period reminderBefore) {
    }

    public record Project(int maxYears, Period midtermReviewAfter) {
    }

    public record Deadlines(Period defaultTaskDue, Period reminderBefore, Duration reminderCheckInterval) {
    }
}
