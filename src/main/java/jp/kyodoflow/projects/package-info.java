/**
 * The projects module: the Honjo collaboration project flow and the handover port the schemes use.
 * Other modules use it only through the public types of this package; its sub-packages (process, web,
 * ...) are internal. Its allowed dependencies are the contract that ModularityTest checks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "agreements", "audit", "committee", "common", "evaluation", "groups", "municipality", "security", "workflow" })
package jp.kyodoflow.projects;
