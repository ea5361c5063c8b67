package jp.kyodoflow.committee.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import jp.kyodoflow.committee.Aggregation.Input;
import jp.kyodoflow.committee.Aggregation.Proposal;
import jp.kyodoflow.committee.Aggregation.ProposalResult;
import jp.kyodoflow.committee.Aggregation.Score;
import jp.kyodoflow.committee.CityRulePresets;
import jp.kyodoflow.committee.ReviewRules;
import jp.kyodoflow.committee.ReviewRules.Criterion;
import jp.kyodoflow.committee.ReviewRules.Stage;
import jp.kyodoflow.committee.ReviewRules.TieBreak;
import org.junit.jupiter.api.Test;

/** Expected values are worked out by hand in the comments: member totals, then average / max × 100. */
class ScoreAggregatorTest {

    // ---- the published city rules ------------------------------------------------------------

    @Test
    void obuLeavesAnInterestedMembersHighScoreOut() {
        Round round = new Round(CityRulePresets.obu(), "a", "b", "c", "d").proposal(1)
                .sheet(1, "a", 3, 2, 2, 2, 2)   // 11
                .sheet(1, "b", 3, 3, 2, 2, 2)   // 12
                .sheet(1, "c", 3, 3, 3, 2, 2)   // 13
                .sheet(1, "d", 5, 5, 5, 5, 5)   // 25, but d has an interest in the applicant
                .conflict(1, "d");

        ProposalResult r = round.result(1);

        assertThat(r.excluded()).containsExactly("d");
        assertThat(r.substituted()).isEmpty();
        assertThat(r.memberTotals()).containsExactly(entry("a", 11.0), entry("b", 12.0), entry("c", 13.0));
        assertThat(r.scorers()).isEqualTo(3);
        assertThat(r.sumTotal()).isEqualTo(36.0);
        assertThat(r.averageTotal()).isEqualTo(12.0);
        assertThat(r.normalised()).isEqualTo(48.0);  // 12 / 25; counting d would give 61 and adopt it
        assertThat(r.passed()).isFalse();
        assertThat(r.criterionAverages()).containsExactly(entry("publicBenefit", 3.0),
                entry("collaborationNeed", 2.67), entry("feasibility", 2.33), entry("roleSharing", 2.0),
                entry("budgetAdequacy", 2.0));
    }

    @Test
    void obuAdoptsAtFiftyButNotAtFortyNinePointNineNine() {
        List<String> roster = IntStream.rangeClosed(1, 135).mapToObj(i -> "m" + i).toList();
        Round round = new Round(CityRulePresets.obu(), roster).proposal(1).proposal(2);
        for (int i = 0; i < roster.size(); i++) {   // 68 × 12 + 67 × 13 = 1687
            round.sheet(1, roster.get(i), i % 2 == 0 ? new int[] {3, 3, 2, 2, 2} : new int[] {3, 3, 3, 2, 2});
        }
        round.sheet(2, "m1", 3, 3, 2, 2, 2).sheet(2, "m2", 3, 3, 3, 2, 2);   // (12 + 13) / 2 = 12.5

        assertThat(round.result(1).normalised()).isEqualTo(49.99);   // 1687 / 135 / 25 = 49.985…
        assertThat(round.result(1).passed()).isFalse();
        assertThat(round.result(1).rank()).isNull();
        assertThat(round.result(2).normalised()).isEqualTo(50.0);
        assertThat(round.result(2).passed()).isTrue();
        assertThat(round.result(2).rank()).isEqualTo(1);
    }

    @Test
    void sandaAdoptsWhenTheMembersAverageReachesThirtyOfFifty() {
        int[] twentyNine = {3, 3, 3, 3, 3, 3, 3, 3, 3, 2};
        int[] thirty = {3, 3, 3, 3, 3, 3, 3, 3, 3, 3};
        Round round = new Round(CityRulePresets.sanda(), "a", "b").proposal(1).proposal(2).proposal(3)
                .sheet(1, "a", twentyNine).sheet(1, "b", twentyNine)
                .sheet(2, "a", thirty).sheet(2, "b", thirty)
                .sheet(3, "a", twentyNine).sheet(3, "b", thirty);

        assertThat(CityRulePresets.sanda().maxTotal()).isEqualTo(50);
        assertThat(round.result(1)).extracting(ProposalResult::averageTotal, ProposalResult::normalised,
                ProposalResult::passed, ProposalResult::rank).containsExactly(29.0, 58.0, false, null);
        assertThat(round.result(3)).extracting(ProposalResult::averageTotal, ProposalResult::normalised,
                ProposalResult::passed).containsExactly(29.5, 59.0, false);
        assertThat(round.result(2)).extracting(ProposalResult::averageTotal, ProposalResult::normalised,
                ProposalResult::passed, ProposalResult::rank).containsExactly(30.0, 60.0, true, 1);
        assertThat(round.result(2).withinBudget()).isTrue();   // no budget: every adopted one
        assertThat(round.result(1).withinBudget()).isFalse();
        assertThat(round.order()).containsExactly(2L, 3L, 1L);
    }

    @Test
    void motosuGivesAnAbstainingMemberTheAverageOfTheOthers() {
        Round round = new Round(CityRulePresets.motosu(), "a", "b", "c", "d", "e").proposal(1)
                .sheet(1, "a", 7, 7, 7, 7, 6, 6)          // 40
                .sheet(1, "b", 8, 8, 7, 7, 7, 7)          // 44
                .sheet(1, "c", 8, 8, 8, 8, 8, 8)          // 48
                .sheet(1, "d", 9, 9, 9, 9, 8, 8)          // 52
                .sheet(1, "e", 10, 10, 10, 10, 10, 10)    // ignored: e abstains
                .conflict(1, "e");

        ProposalResult r = round.result(1);

        assertThat(r.substituted()).containsExactly("e");
        assertThat(r.excluded()).isEmpty();
        assertThat(r.memberTotals()).containsExactly(entry("a", 40.0), entry("b", 44.0), entry("c", 48.0),
                entry("d", 52.0), entry("e", 46.0));
        assertThat(r.scorers()).isEqualTo(4);
        assertThat(r.sumTotal()).isEqualTo(230.0);
        assertThat(r.averageTotal()).isEqualTo(46.0);
        assertThat(r.normalised()).isEqualTo(76.67);   // 46 / 60
        assertThat(r.criterionAverages()).containsExactly(entry("initiative", 8.0), entry("publicBenefit", 8.0),
                entry("feasibility", 7.75), entry("originality", 7.75), entry("awareness", 7.25),
                entry("continuity", 7.25));
    }

    @Test
    void withoutAnAdoptionLineEveryQuorateProposalIsRankedHoweverLow() {
        assertThat(CityRulePresets.motosu().hasAdoptionLine()).isFalse();
        Round round = new Round(CityRulePresets.motosu(), "a").proposal(1).proposal(2)
                .sheet(1, "a", 1, 1, 1, 1, 1, 1)          // 6 of 60: below any line, still ranked
                .sheet(2, "a", 5, 5, 5, 5, 5, 5);

        assertThat(round.result(2)).extracting(ProposalResult::passed, ProposalResult::rank).containsExactly(true, 1);
        assertThat(round.result(1)).extracting(ProposalResult::passed, ProposalResult::rank).containsExactly(true, 2);
        assertThat(round.order()).containsExactly(2L, 1L);
    }

    @Test
    void withNobodyToAverageAnAbstainingMemberIsLeftOut() {
        Round round = new Round(CityRulePresets.motosu(), "a", "b").proposal(1)
                .sheet(1, "b", 8, 8, 8, 8, 8)   // five of six items: not a scorer
                .conflict(1, "a");

        ProposalResult r = round.result(1);

        assertThat(r.substituted()).isEmpty();
        assertThat(r.excluded()).containsExactly("a");
        assertThat(r.memberTotals()).isEmpty();
        assertThat(r.criterionAverages()).isEmpty();
        assertThat(r).extracting(ProposalResult::scorers, ProposalResult::quorum, ProposalResult::sumTotal,
                ProposalResult::normalised, ProposalResult::passed).containsExactly(0, false, 0.0, 0.0, false);
    }

    @Test
    void theDefaultRulesAreTheSevenCriteriaOfRulesMdWithTwoCountingDouble() {
        ReviewRules rules = CityRulePresets.kyodoDefault();

        assertThat(rules.criteria()).extracting(Criterion::name).containsExactly("公益性", "協働の必要性・相乗効果",
                "実現可能性（体制・計画）", "役割分担の明確さ", "予算の妥当性", "先駆性・独創性", "発展性・自立性");
        assertThat(rules.criteria()).extracting(Criterion::weight).containsExactly(2, 1, 2, 1, 1, 1, 1);
        assertThat(rules.maxTotal()).isEqualTo(45);
        assertThat(rules.stages()).containsExactly(Stage.DOCUMENT, Stage.HEARING);
        assertThat(rules.criteria()).extracting(Criterion::code).contains(rules.tieBreakCriterion());
    }

    @Test
    void documentScreeningUsesTheLowerStageOneLine() {
        ReviewRules rules = CityRulePresets.kyodoDefault();
        Round hearing = new Round(rules, "a", "b", "c").proposal(1);
        Round screening = new Round(stageOne(rules), "a", "b", "c").proposal(1);
        for (Round round : List.of(hearing, screening)) {
            for (String m : List.of("a", "b", "c")) {
                round.sheet(1, m, 3, 3, 3, 3, 3, 2, 2);   // 6 + 3 + 6 + 3 + 3 + 2 + 2 = 25 of 45
            }
        }

        assertThat(screening.result(1).normalised()).isEqualTo(55.56);
        assertThat(screening.result(1).passed()).isTrue();    // ≥ 50
        assertThat(hearing.result(1).passed()).isFalse();     // < 60
    }

    // ---- weights, quorum, rounding -----------------------------------------------------------

    @Test
    void weightsChangeTheOrder() {
        ReviewRules weighted = CityRulePresets.kyodoDefault();
        Round heavy = new Round(weighted, "a", "b", "c").proposal(1).proposal(2);
        Round flat = new Round(withUnitWeights(weighted), "a", "b", "c").proposal(1).proposal(2);
        for (Round round : List.of(heavy, flat)) {
            for (String m : List.of("a", "b", "c")) {
                round.sheet(1, m, 3, 4, 3, 4, 4, 4, 4)    // raw 26, weighted 32
                        .sheet(2, m, 5, 3, 5, 3, 3, 3, 3);  // raw 25, weighted 35
            }
        }

        assertThat(heavy.result(2).normalised()).isEqualTo(77.78);   // 35 / 45
        assertThat(heavy.result(1).normalised()).isEqualTo(71.11);   // 32 / 45
        assertThat(heavy.order()).containsExactly(2L, 1L);
        assertThat(flat.result(1).normalised()).isEqualTo(74.29);    // 26 / 35
        assertThat(flat.result(2).normalised()).isEqualTo(71.43);    // 25 / 35
        assertThat(flat.order()).containsExactly(1L, 2L);
    }

    @Test
    void withoutQuorumAProposalIsNeitherAdoptedNorRanked() {
        Round round = new Round(CityRulePresets.kyodoDefault(), "a", "b", "c", "d").proposal(1).proposal(2)
                .sheetAll(1, "a", 5).sheetAll(1, "b", 5)
                .sheet(1, "c", 5, 5, 5, 5, 5, 5)   // six of seven items
                .sheetAll(1, "d", 5).conflict(1, "d")
                .sheetAll(2, "a", 3).sheetAll(2, "b", 3).sheetAll(2, "c", 3);   // 27 / 45 = 60

        ProposalResult full = round.result(1);
        assertThat(full).extracting(ProposalResult::scorers, ProposalResult::normalised, ProposalResult::quorum,
                ProposalResult::passed, ProposalResult::rank, ProposalResult::withinBudget)
                .containsExactly(2, 100.0, false, false, null, false);
        assertThat(full.excluded()).containsExactly("d");
        assertThat(full.memberTotals()).containsOnlyKeys("a", "b");
        assertThat(round.result(2)).extracting(ProposalResult::quorum, ProposalResult::passed, ProposalResult::rank)
                .containsExactly(true, true, 1);
        assertThat(round.order()).containsExactly(2L, 1L);
    }

    @Test
    void normalisedIsRoundedHalfUpFromTheExactValue() {
        ReviewRules rules = withCriteria(CityRulePresets.obu(), new Criterion("overall", "総合", 1, 0, 20_000));
        Round round = new Round(rules, "a").proposal(1).proposal(2)
                .sheet(1, "a", 9_999)    // 49.995 exactly (as a double: 49.99499…)
                .sheet(2, "a", 9_997);   // 49.985 exactly (half-even would give 49.98)

        assertThat(round.result(1).normalised()).isEqualTo(50.0);
        assertThat(round.result(1).passed()).isTrue();
        assertThat(round.result(2).normalised()).isEqualTo(49.99);
        assertThat(round.result(2).passed()).isFalse();
    }

    // ---- ties -------------------------------------------------------------------------------

    @Test
    void sharedTiesGetTheSameRankAndTheNextRankIsSkipped() {
        Round round = new Round(CityRulePresets.obu(), "a", "b")
                .proposal(1).proposal(2).proposal(3).proposal(4).proposal(5)
                .sheetAll(1, "a", 3).sheetAll(1, "b", 3)                     // 60
                .sheetAll(2, "a", 4).sheetAll(2, "b", 4)                     // 80
                .sheetAll(3, "a", 4).sheetAll(3, "b", 4)                     // 80
                .sheetAll(4, "a", 2).sheetAll(4, "b", 2)                     // 40
                .sheet(5, "a", 3, 3, 2, 2, 2).sheet(5, "b", 3, 2, 2, 2, 2);  // 11.5 → 46

        assertThat(round.order()).containsExactly(2L, 3L, 1L, 5L, 4L);
        assertThat(round.results()).extracting(ProposalResult::rank).containsExactly(1, 1, 3, null, null);
        assertThat(round.results()).extracting(ProposalResult::tied).containsExactly(true, true, false, false, false);
    }

    @Test
    void higherCriterionBreaksATieOnThatCriterionsAverage() {
        Round round = new Round(CityRulePresets.kyodoDefault(), "a", "b", "c").proposal(1).proposal(2).proposal(3);
        for (String m : List.of("a", "b", "c")) {
            round.sheet(1, m, 3, 4, 5, 4, 4, 4, 4)    // 6 + 4 + 10 + 16 = 36, 公益性 3
                    .sheet(2, m, 5, 4, 3, 4, 4, 4, 4)  // 10 + 4 + 6 + 16 = 36, 公益性 5
                    .sheet(3, m, 3, 4, 5, 4, 4, 4, 4); // as proposal 1
        }

        assertThat(round.results()).allSatisfy(r -> assertThat(r.normalised()).isEqualTo(80.0));
        assertThat(round.order()).containsExactly(2L, 1L, 3L);
        assertThat(round.results()).extracting(ProposalResult::rank).containsExactly(1, 2, 2);
        assertThat(round.results()).extracting(ProposalResult::tied).containsExactly(false, true, true);
    }

    @Test
    void higherMinimumBreaksATieOnTheLowestMemberTotal() {
        ReviewRules rules = withTieBreak(CityRulePresets.obu(), TieBreak.HIGHER_MINIMUM, null);
        Round round = new Round(rules, "a", "b", "c").proposal(1).proposal(2).proposal(3)
                .sheetAll(1, "a", 2).sheetAll(1, "b", 3).sheetAll(1, "c", 4)    // 10, 15, 20
                .sheetAll(2, "a", 4).sheetAll(2, "b", 2).sheetAll(2, "c", 3)    // 20, 10, 15
                .sheetAll(3, "a", 3).sheetAll(3, "b", 3).sheetAll(3, "c", 3);   // 15, 15, 15

        assertThat(round.results()).allSatisfy(r -> assertThat(r.normalised()).isEqualTo(60.0));
        assertThat(round.order()).containsExactly(3L, 1L, 2L);
        assertThat(round.results()).extracting(ProposalResult::rank).containsExactly(1, 2, 2);
        assertThat(round.results()).extracting(ProposalResult::tied).containsExactly(false, true, true);
    }

    // ---- budget -----------------------------------------------------------------------------

    @Test
    void theBudgetSkipsAProposalThatDoesNotFitAndTakesCheaperOnesAfterIt() {
        Round round = new Round(withBudget(CityRulePresets.obu(), 1_000_000L), "a", "b")
                .proposal(1, 500_000).proposal(2, 600_000).proposal(3, 300_000).proposal(4, 200_000)
                .proposal(5, 50_000).proposal(6, 1)
                .sheetAll(1, "a", 5).sheetAll(1, "b", 5)                      // 100
                .sheet(2, "a", 5, 5, 5, 4, 4).sheet(2, "b", 5, 5, 4, 4, 4)    // 22.5 → 90
                .sheetAll(3, "a", 4).sheetAll(3, "b", 4)                      // 80
                .sheet(4, "a", 4, 4, 3, 3, 3).sheet(4, "b", 4, 4, 4, 3, 3)    // 17.5 → 70
                .sheetAll(5, "a", 2).sheetAll(5, "b", 2)                      // 40: not adopted
                .sheetAll(6, "a", 3).sheetAll(6, "b", 3);                     // 60

        assertThat(round.order()).containsExactly(1L, 2L, 3L, 4L, 6L, 5L);
        // 500k fits; +600k = 1.1M does not; +300k = 800k; +200k = exactly 1M; +1 yen does not
        assertThat(round.results()).extracting(ProposalResult::withinBudget)
                .containsExactly(true, false, true, true, false, false);
    }

    @Test
    void proposalsSharingARankMeetTheBudgetInProposalIdOrder() {
        Round round = new Round(withBudget(CityRulePresets.obu(), 1_000_000L), "a")
                .proposal(7, 600_000).proposal(3, 600_000)
                .sheetAll(7, "a", 4).sheetAll(3, "a", 4);

        assertThat(round.order()).containsExactly(3L, 7L);
        assertThat(round.results()).extracting(ProposalResult::rank).containsExactly(1, 1);
        assertThat(round.results()).extracting(ProposalResult::withinBudget).containsExactly(true, false);
    }

    // ---- guards -----------------------------------------------------------------------------

    @Test
    void scoresTheServiceShouldHaveRefusedAreRejected() {
        ReviewRules obu = CityRulePresets.obu();
        assertRejected(new Round(obu, "a").proposal(1).score(1, "a", "publicBenefit", 6));
        assertRejected(new Round(obu, "a").proposal(1).score(1, "a", "publicBenefit", -1));
        assertRejected(new Round(CityRulePresets.kyodoDefault(), "a").proposal(1).score(1, "a", "publicBenefit", 0));
        assertRejected(new Round(obu, "a").proposal(1).score(1, "a", "charm", 3));
        assertRejected(new Round(obu, "a").proposal(1).sheetAll(1, "a", 3).score(1, "a", "publicBenefit", 4));
        assertThat(new Round(obu, "a").proposal(1).sheetAll(1, "a", 0).results()).hasSize(1);
    }

    @Test
    void scoresOutsideTheRosterOrTheProposalsAreIgnored() {
        Round round = new Round(CityRulePresets.obu(), "a").proposal(1)
                .sheetAll(1, "a", 3)
                .sheetAll(1, "former", 5)   // no longer on the roster
                .sheetAll(2, "a", 5);       // a proposal not in this stage

        assertThat(round.results()).singleElement().satisfies(r -> {
            assertThat(r.memberTotals()).containsOnlyKeys("a");
            assertThat(r.normalised()).isEqualTo(60.0);
        });
    }

    private static void assertRejected(Round round) {
        assertThatThrownBy(round::results).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- rule variants and fixtures ----------------------------------------------------------

    private static ReviewRules stageOne(ReviewRules r) {
        return new ReviewRules(r.stages(), r.criteria(), r.stage1Threshold(), null, r.conflictPolicy(),
                r.minScorers(), r.tieBreak(), r.tieBreakCriterion(), r.budgetYen(), r.anonymised());
    }

    private static ReviewRules withUnitWeights(ReviewRules r) {
        return withCriteria(r, r.criteria().stream()
                .map(c -> new Criterion(c.code(), c.name(), 1, c.minScore(), c.maxScore()))
                .toArray(Criterion[]::new));
    }

    private static ReviewRules withCriteria(ReviewRules r, Criterion... criteria) {
        return new ReviewRules(r.stages(), List.of(criteria), r.threshold(), r.stage1Threshold(), r.conflictPolicy(),
                r.minScorers(), r.tieBreak(), r.tieBreakCriterion(), r.budgetYen(), r.anonymised());
    }

    private static ReviewRules withTieBreak(ReviewRules r, TieBreak tieBreak, String criterion) {
        return new ReviewRules(r.stages(), r.criteria(), r.threshold(), r.stage1Threshold(), r.conflictPolicy(),
                r.minScorers(), tieBreak, criterion, r.budgetYen(), r.anonymised());
    }

    private static ReviewRules withBudget(ReviewRules r, Long budgetYen) {
        return new ReviewRules(r.stages(), r.criteria(), r.threshold(), r.stage1Threshold(), r.conflictPolicy(),
                r.minScorers(), r.tieBreak(), r.tieBreakCriterion(), budgetYen, r.anonymised());
    }

    /** A round being scored: proposals, roster, conflicts and sheets, aggregated on demand. */
    private static final class Round {
        private final ReviewRules rules;
        private final List<String> members;
        private final List<Proposal> proposals = new ArrayList<>();
        private final Map<Long, Set<String>> conflicted = new HashMap<>();
        private final List<Score> scores = new ArrayList<>();

        Round(ReviewRules rules, String... members) {
            this(rules, List.of(members));
        }

        Round(ReviewRules rules, List<String> members) {
            this.rules = rules;
            this.members = members;
        }

        Round proposal(long id) {
            return proposal(id, 0);
        }

        Round proposal(long id, long requestedYen) {
            proposals.add(new Proposal(id, "提案" + id, requestedYen));
            return this;
        }

        /** Scores in the rules' criteria order; fewer values than criteria make an incomplete sheet. */
        Round sheet(long proposalId, String member, int... values) {
            for (int i = 0; i < values.length; i++) {
                score(proposalId, member, rules.criteria().get(i).code(), values[i]);
            }
            return this;
        }

        Round sheetAll(long proposalId, String member, int value) {
            int[] values = new int[rules.criteria().size()];
            Arrays.fill(values, value);
            return sheet(proposalId, member, values);
        }

        Round score(long proposalId, String member, String criterion, int value) {
            scores.add(new Score(proposalId, member, criterion, value));
            return this;
        }

        Round conflict(long proposalId, String... conflictedMembers) {
            conflicted.put(proposalId, Set.of(conflictedMembers));
            return this;
        }

        List<ProposalResult> results() {
            return ScoreAggregator.aggregate(rules, new Input(proposals, members, conflicted, scores)).proposals();
        }

        List<Long> order() {
            return results().stream().map(ProposalResult::proposalId).toList();
        }

        ProposalResult result(long proposalId) {
            return results().stream().filter(r -> r.proposalId() == proposalId).findFirst().orElseThrow();
        }
    }
}
