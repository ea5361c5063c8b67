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
public record RuleProperties(Registration registration, Project project, Deadlines deadlines, Evaluation evaluation,
                             Proposal proposal) {

    /** 市民提案型: how long a sent-back group has to correct, and a department to give its opinion (意見照会). */
    public record Proposal(Period correctionPeriod, Period correctionReminderBefore, Period opinionDue,
                           Period opinionReminderBefore) {
    }

    /**
     * The project flow's third-party evaluation: which review configuration it uses and, if set,
     * which committee members (the first chairs); otherwise every member of the committee group.
     */
    public record Evaluation(String configName, java.util.List<String> members) {
        public Evaluation {
            members = members == null ? java.util.List.of() : java.util.List.copyOf(members);
        }
    }

    public record Registration(int minMembers, boolean requireBaseInCity, boolean requireBylaws,
                               boolean requireAccounting, int minActiveYears, Period correctionPeriod,
                               Period reminderBefore) {
    }

    public record Project(int maxYears, Period midtermReviewAfter) {
    }

    /**
     * Due dates of user tasks: {@code defaultTaskDue} unless {@code taskDue} names the task
     * (a period, or NONE for tasks that run for months such as 事業実施).
     */
    public record Deadlines(Period defaultTaskDue, Period reminderBefore, Duration reminderCheckInterval,
                            java.util.Map<String, String> taskDue) {
        public Deadlines {
            taskDue = taskDue == null ? java.util.Map.of() : java.util.Map.copyOf(taskDue);
        }

        /** @return the due period of a task, or null when it has none. */
        public Period dueFor(String taskKey) {
            String value = taskDue.get(taskKey);
            if (value == null) {
                return defaultTaskDue;
            }
            return "NONE".equalsIgnoreCase(value) ? null : Period.parse(value);
        }
    }
}
