package jp.kyodoflow.committee;

import java.util.List;

/**
 * A round's review rules (rules.md §4, §6), stored as versioned data: a running round keeps the
 * version it started with. Every city's published rule is one of these.
 *
 * @param stages            DOCUMENT (書類審査), HEARING (公開プレゼンテーション), or both in that order
 * @param criteria          the scored items, in display order
 * @param threshold         the adoption line for the final stage (null: no adoption line, the round ranks only, as Motosu)
 * @param stage1Threshold   the line below which proposals stop after document screening (null: none)
 * @param conflictPolicy    what a conflicted member's score becomes
 * @param minScorers        fewest members whose scores count for a proposal (quorum)
 * @param tieBreak          how equal totals are ordered
 * @param tieBreakCriterion the criterion code for {@link TieBreak#HIGHER_CRITERION}
 * @param budgetYen         the round's budget for the within-budget cut-off (null: no cut-off)
 * @param anonymised        whether published score sheets hide members' names
 */
public record ReviewRules(List<Stage> stages, List<Criterion> criteria, Threshold threshold, Threshold stage1Threshold,
                          ConflictPolicy conflictPolicy, int minScorers, TieBreak tieBreak, String tieBreakCriterion,
                          Long budgetYen, boolean anonymised) {

    public enum Stage { DOCUMENT, HEARING }

    /** 除斥: drop the conflicted member (Obu), or give them the average of the others (Motosu). */
    public enum ConflictPolicy { EXCLUDE, SUBSTITUTE_AVERAGE }

    /** SHARED: equal rank, the chair decides; HIGHER_CRITERION: higher average on one criterion; HIGHER_MINIMUM: higher lowest member total. */
    public enum TieBreak { SHARED, HIGHER_CRITERION, HIGHER_MINIMUM }

    /** One scored item: Japanese name, weight, and the scale from minScore to maxScore (whole numbers). */
    public record Criterion(String code, String name, int weight, int minScore, int maxScore) {
    }

    /**
     * NORMALISED_100: the average normalised to 100 must reach {@code value} (Obu: 50).
     * SHARE_OF_MAX: the members' average must reach {@code value} × the maximum (Sanda: 0.6 = 30 of 50).
     */
    public record Threshold(Kind kind, double value) {
        public enum Kind { NORMALISED_100, SHARE_OF_MAX }

        public boolean passes(double normalised100) {
            double line = kind == Kind.NORMALISED_100 ? value : value * 100.0;
            return normalised100 + 1e-9 >= line;
        }
    }

    public ReviewRules {
        stages = List.copyOf(stages);
        criteria = List.copyOf(criteria);
    }

    /** Whether the round has an adoption line; without one every quorate proposal is ranked and nothing is recommended. */
    public boolean hasAdoptionLine() {
        return threshold != null;
    }

    /** The largest weighted total one member can give one proposal. */
    public int maxTotal() {
        return criteria.stream().mapToInt(c -> c.weight() * c.maxScore()).sum();
    }
}
