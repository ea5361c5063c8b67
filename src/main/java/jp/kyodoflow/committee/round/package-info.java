/**
 * Inside the committee module: a round (審査会) with its roster, proposals and results (JPA entities,
 * package-private), the rows kept with plain SQL ({@link jp.kyodoflow.committee.round.RoundRecords}),
 * and one service per use case, named after what it does: {@code RoundSetup} (the door
 * {@link jp.kyodoflow.committee.ReviewRoundService}), {@code RoundOpening}, {@code Hearings},
 * {@code ScoringService}, {@code StageAggregation}, {@code RecommendationWriting},
 * {@code RoundDecisions}, {@code RoundReading} (the door {@link jp.kyodoflow.committee.ReviewQueries}),
 * {@code RoundFiles} and {@code ScoreSubmission}.
 *
 * <p>The public types here are public only for this module's own {@code process} and {@code web}
 * packages; as a sub-package of the module, Spring Modulith keeps every other module out of it
 * (ModularityTest). Each use case publishes its past-tense event ({@code committee.events}) where the
 * audit line used to be written.
 */
package jp.kyodoflow.committee.round;
