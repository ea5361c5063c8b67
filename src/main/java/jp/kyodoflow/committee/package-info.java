/**
 * The committee module: 審査会: review rules, rosters, derived conflicts, scoring, ranking, exports.
 * Other modules use it only through the public types of this package, its door:
 * {@link jp.kyodoflow.committee.ReviewRoundService} (a scheme's round: set up, start, read back),
 * {@link jp.kyodoflow.committee.ReviewConfigService} (versioned review rules), and the values they take
 * and return ({@code RoundInputs}, {@code ReviewRules}, {@code CityRulePresets}); plus the past-tense
 * events of {@code committee.events} ({@code "committee :: events"}). {@code ReviewQueries} is what the
 * module's API reads. Its sub-packages ({@code round}: the round and its use cases; {@code process},
 * {@code web}) are internal. Its allowed dependencies are the contract that ModularityTest checks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "common", "groups", "security", "workflow" })
package jp.kyodoflow.committee;
