/**
 * The proposals module: 市民提案型: calls, pre-consultations, proposals, attachments, opinions, budget
 * vote. Other modules use it only through the public types of this package; its sub-packages (process,
 * web, ...) are internal. Its allowed dependencies are the contract that ModularityTest checks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "agreements", "audit", "committee", "common", "groups", "municipality", "projects", "security", "workflow" })
package jp.kyodoflow.proposals;
