/**
 * The agreements module: 協定書: agreement versions, roles, targets and both sides' signatures. Other
 * modules use it only through the public types of this package; its sub-packages (process, web, ...)
 * are internal. Its allowed dependencies are the contract that ModularityTest checks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common" })
package jp.kyodoflow.agreements;
