/**
 * The committee module: 審査会: review rules, rosters, derived conflicts, scoring, ranking, exports.
 * Other modules use it only through the public types of this package; its sub-packages (process, web,
 * ...) are internal. Its allowed dependencies are the contract that ModularityTest checks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "common", "groups", "security", "workflow" })
package jp.kyodoflow.committee;
