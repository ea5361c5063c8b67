/**
 * The committee module: 審査会: review rules, rosters, derived conflicts, scoring, ranking, exports.
 * Other modules use it only through the public types of this package, its door:
 * {@link jp.kyodoflow.committee.ReviewRoundService} (a scheme's round: set up, start, read back),
 * {@link jp.kyodoflow.committee.ReviewConfigService} (versioned review rules),
 * {@link jp.kyodoflow.committee.ReviewQueries} (a round as a person may see it), and the values they take
 * and return ({@code RoundInputs}, {@code ReviewRules}, {@code CityRulePresets}, {@code Aggregation}); and
 * through the past-tense events of {@code committee.events} ({@code "committee :: events"}). Its
 * sub-packages are internal: {@code round} (the round, its SQL and one service per use case),
 * {@code process} and {@code web}. Its allowed dependencies are the contract that ModularityTest checks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "common", "groups", "security", "workflow" })
package jp.kyodoflow.committee;
