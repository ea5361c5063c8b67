package jp.kyodoflow.committee.round;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import jp.kyodoflow.committee.Aggregation;
import jp.kyodoflow.committee.Aggregation.Input;
import jp.kyodoflow.committee.Aggregation.Proposal;
import jp.kyodoflow.committee.Aggregation.ProposalResult;
import jp.kyodoflow.committee.Aggregation.Score;
import jp.kyodoflow.committee.ReviewRules;
import jp.kyodoflow.committee.ReviewRules.Criterion;

/**
 * 集計 (processes.md §4 step 5): turns the members' score sheets into totals, the conflict policy,
 * the threshold, the ranking with its tie-break, and the within-budget cut-off. Pure and
 * deterministic: the same rules and input always give the same result. Used for both stages; for
 * document screening the caller passes rules whose {@code threshold} is the stage-1 line.
 *
 * <ul>
 *   <li><b>Member total</b>: Σ score × weight over the rules' criteria. A roster member is a
 *       <em>scorer</em> of a proposal when not conflicted for it and holding a score for every
 *       criterion; incomplete sheets are neither counted nor listed.</li>
 *   <li><b>Conflicts</b> ({@code input.conflicted}, roster members only): EXCLUDE leaves them out
 *       (listed in {@code excluded}); SUBSTITUTE_AVERAGE gives each of them the unrounded average of
 *       the scorers' totals (listed in {@code substituted}, part of {@code memberTotals} after the
 *       scorers, and of {@code sumTotal}). With no scorers nobody can be substituted: they are listed in
 *       {@code excluded}. A conflicted member's own sheet is ignored.</li>
 *   <li><b>Figures</b>: {@code averageTotal} = average of the scorers' totals (a substituted average
 *       leaves it unchanged); {@code sumTotal} = sum of {@code memberTotals}; {@code normalised} =
 *       averageTotal / maxTotal × 100 and {@code criterionAverages} (raw scale, scorers only),
 *       both computed exactly and rounded half-up to 2 decimals. With no scorers the averages are
 *       0 and {@code criterionAverages} is empty.</li>
 *   <li><b>Adoption</b>: {@code quorum} = scorers ≥ minScorers; {@code passed} = quorum and the
 *       threshold passes {@code normalised}.</li>
 *   <li><b>Ranking</b> of passed proposals by {@code normalised} descending, competition style
 *       (1, 1, 3). Equal (rounded) normalised scores: SHARED keeps them equal; HIGHER_CRITERION
 *       prefers the higher (rounded) average on {@code tieBreakCriterion}; HIGHER_MINIMUM prefers
 *       the higher lowest scorer total. Still equal: shared rank and {@code tied}. Others: rank null.</li>
 *   <li><b>Budget</b>: with {@code budgetYen}, passed proposals are walked in rank order (a shared
 *       rank by proposal id) and each is within budget if it still fits next to those already
 *       taken; one that does not fit is skipped and cheaper later ones may still fit. Without a
 *       budget every passed proposal is within budget.</li>
 *   <li><b>Order</b>: ranked proposals by rank then id, then the others by normalised descending
 *       then id.</li>
 * </ul>
 *
 * Scores for proposals not in the input or from members not on the roster are ignored. Guards (the
 * service validates before): a score for an unknown criterion or outside [minScore, maxScore], a
 * second score for the same member, proposal and criterion, rules with a maximum total of 0, or
 * HIGHER_CRITERION on an unknown criterion throw {@link IllegalArgumentException}.
 */
final class ScoreAggregator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One proposal after the conflict policy and the threshold, before ranking. */
    private record Tally(Proposal proposal, Map<String, Integer> scorerTotals, Map<String, Double> criterionAverages,
                         Set<String> substituted, Set<String> excluded, double averageTotal, double normalised,
                         boolean quorum, boolean passed) {

        long id() {
            return proposal.id();
        }

        double lowestTotal() {
            return scorerTotals.values().stream().mapToInt(Integer::intValue).min().orElse(Integer.MIN_VALUE);
        }
    }

    /** A passed proposal's place. */
    private record Placing(int rank, boolean tied) {
    }

    private ScoreAggregator() {
    }

    static Aggregation.Result aggregate(ReviewRules rules, Input input) {
        requireUsable(rules);
        Map<Long, Map<String, Map<String, Integer>>> sheets = sheets(rules, input);
        List<Tally> tallies = input.proposals().stream()
                .map(p -> tally(rules, input, p, sheets.getOrDefault(p.id(), Map.of())))
                .toList();
        List<Tally> ranked = ranked(rules, tallies);
        Map<Long, Placing> placings = placings(rankingOrder(rules), ranked);
        Set<Long> withinBudget = withinBudget(rules.budgetYen(), ranked);
        List<ProposalResult> results = new ArrayList<>();
        for (Tally t : inResultOrder(ranked, tallies)) {
            results.add(result(t, placings.get(t.id()), withinBudget.contains(t.id())));
        }
        return new Aggregation.Result(List.copyOf(results));
    }

    private static void requireUsable(ReviewRules rules) {
        if (rules.maxTotal() <= 0) {
            throw new IllegalArgumentException("the rules' maximum total must be positive");
        }
        if (rules.tieBreak() == ReviewRules.TieBreak.HIGHER_CRITERION
                && rules.criteria().stream().noneMatch(c -> c.code().equals(rules.tieBreakCriterion()))) {
            throw new IllegalArgumentException("unknown tie-break criterion " + rules.tieBreakCriterion());
        }
    }

    // ---- score sheets -------------------------------------------------------------------------

    /** proposal id → member → criterion code → score, after the guards. */
    private static Map<Long, Map<String, Map<String, Integer>>> sheets(ReviewRules rules, Input input) {
        Map<String, Criterion> criteria = new HashMap<>();
        rules.criteria().forEach(c -> criteria.put(c.code(), c));
        Map<Long, Map<String, Map<String, Integer>>> sheets = new HashMap<>();
        for (Score s : input.scores()) {
            check(s, criteria.get(s.criterionCode()));
            Integer previous = sheets.computeIfAbsent(s.proposalId(), id -> new HashMap<>())
                    .computeIfAbsent(s.memberId(), m -> new HashMap<>())
                    .put(s.criterionCode(), s.score());
            if (previous != null) {
                throw new IllegalArgumentException("two scores for the same cell: " + s);
            }
        }
        return sheets;
    }

    private static void check(Score s, Criterion criterion) {
        if (criterion == null) {
            throw new IllegalArgumentException("unknown criterion: " + s);
        }
        if (s.score() < criterion.minScore() || s.score() > criterion.maxScore()) {
            throw new IllegalArgumentException("score outside " + criterion.minScore() + "–" + criterion.maxScore()
                    + ": " + s);
        }
    }

    // ---- one proposal -------------------------------------------------------------------------

    private static Tally tally(ReviewRules rules, Input input, Proposal proposal,
                               Map<String, Map<String, Integer>> sheets) {
        Set<String> conflicted = input.conflicted().getOrDefault(proposal.id(), Set.of());
        Set<String> recused = new LinkedHashSet<>(input.members());
        recused.retainAll(conflicted);
        Map<String, Integer> totals = scorerTotals(rules, input.members(), recused, sheets);
        boolean substitute = rules.conflictPolicy() == ReviewRules.ConflictPolicy.SUBSTITUTE_AVERAGE
                && !totals.isEmpty();
        long sum = totals.values().stream().mapToLong(Integer::longValue).sum();
        double average = totals.isEmpty() ? 0 : (double) sum / totals.size();
        double normalised = totals.isEmpty() ? 0 : round2(BigDecimal.valueOf(sum).multiply(HUNDRED),
                BigDecimal.valueOf((long) totals.size() * rules.maxTotal()));
        boolean quorum = totals.size() >= rules.minScorers();
        return new Tally(proposal, totals, criterionAverages(rules, sheets, totals.keySet()),
                substitute ? recused : Set.of(), substitute ? Set.of() : recused, average, normalised,
                quorum, quorum && (rules.threshold() == null || rules.threshold().passes(normalised)));
    }

    /** Weighted totals of the members who are not recused and scored every criterion, in roster order. */
    private static Map<String, Integer> scorerTotals(ReviewRules rules, List<String> members, Set<String> recused,
                                                     Map<String, Map<String, Integer>> sheets) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (String member : members) {
            Map<String, Integer> sheet = sheets.getOrDefault(member, Map.of());
            if (!recused.contains(member) && sheet.keySet().containsAll(codes(rules))) {
                totals.put(member, weightedTotal(rules, sheet));
            }
        }
        return totals;
    }

    private static List<String> codes(ReviewRules rules) {
        return rules.criteria().stream().map(Criterion::code).toList();
    }

    private static int weightedTotal(ReviewRules rules, Map<String, Integer> sheet) {
        return rules.criteria().stream().mapToInt(c -> c.weight() * sheet.get(c.code())).sum();
    }

    private static Map<String, Double> criterionAverages(ReviewRules rules, Map<String, Map<String, Integer>> sheets,
                                                         Set<String> scorers) {
        Map<String, Double> averages = new LinkedHashMap<>();
        if (scorers.isEmpty()) {
            return averages;
        }
        for (Criterion c : rules.criteria()) {
            long sum = scorers.stream().mapToLong(m -> sheets.get(m).get(c.code())).sum();
            averages.put(c.code(), round2(BigDecimal.valueOf(sum), BigDecimal.valueOf(scorers.size())));
        }
        return averages;
    }

    private static double round2(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, 2, RoundingMode.HALF_UP).doubleValue();
    }

    // ---- ranking and budget -------------------------------------------------------------------

    /** Best first; equal under this order means a shared rank. */
    private static Comparator<Tally> rankingOrder(ReviewRules rules) {
        ToDoubleFunction<Tally> tieBreak = switch (rules.tieBreak()) {
            case SHARED -> t -> 0;
            case HIGHER_CRITERION -> t -> t.criterionAverages().getOrDefault(rules.tieBreakCriterion(), 0.0);
            case HIGHER_MINIMUM -> Tally::lowestTotal;
        };
        return Comparator.comparingDouble(Tally::normalised).thenComparingDouble(tieBreak).reversed();
    }

    /** Passed proposals in rank order, a shared rank by proposal id. */
    private static List<Tally> ranked(ReviewRules rules, List<Tally> tallies) {
        return tallies.stream()
                .filter(Tally::passed)
                .sorted(rankingOrder(rules).thenComparingLong(Tally::id))
                .toList();
    }

    private static Map<Long, Placing> placings(Comparator<Tally> order, List<Tally> ranked) {
        Map<Long, Placing> placings = new HashMap<>();
        int rank = 0;
        for (int i = 0; i < ranked.size(); i++) {
            boolean sameAsPrevious = i > 0 && order.compare(ranked.get(i - 1), ranked.get(i)) == 0;
            boolean sameAsNext = i + 1 < ranked.size() && order.compare(ranked.get(i), ranked.get(i + 1)) == 0;
            rank = sameAsPrevious ? rank : i + 1;
            placings.put(ranked.get(i).id(), new Placing(rank, sameAsPrevious || sameAsNext));
        }
        return placings;
    }

    private static Set<Long> withinBudget(Long budgetYen, List<Tally> ranked) {
        Set<Long> within = new HashSet<>();
        long spent = 0;
        for (Tally t : ranked) {
            long after = spent + t.proposal().requestedYen();
            if (budgetYen == null || after <= budgetYen) {
                spent = after;
                within.add(t.id());
            }
        }
        return within;
    }

    private static List<Tally> inResultOrder(List<Tally> ranked, List<Tally> tallies) {
        List<Tally> ordered = new ArrayList<>(ranked);
        tallies.stream()
                .filter(t -> !t.passed())
                .sorted(Comparator.comparingDouble(Tally::normalised).reversed().thenComparingLong(Tally::id))
                .forEach(ordered::add);
        return ordered;
    }

    private static ProposalResult result(Tally t, Placing placing, boolean withinBudget) {
        Map<String, Double> memberTotals = new LinkedHashMap<>();
        t.scorerTotals().forEach((member, total) -> memberTotals.put(member, total.doubleValue()));
        t.substituted().forEach(member -> memberTotals.put(member, t.averageTotal()));
        double sumTotal = memberTotals.values().stream().mapToDouble(Double::doubleValue).sum();
        Proposal p = t.proposal();
        return new ProposalResult(p.id(), p.title(), p.requestedYen(),
                Collections.unmodifiableMap(t.criterionAverages()), Collections.unmodifiableMap(memberTotals),
                Collections.unmodifiableSet(t.substituted()), Collections.unmodifiableSet(t.excluded()),
                t.scorerTotals().size(), t.quorum(), sumTotal, t.averageTotal(), t.normalised(), t.passed(),
                placing == null ? null : placing.rank(), placing != null && placing.tied(), withinBudget);
    }
}
