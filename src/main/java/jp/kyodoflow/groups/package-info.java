/**
 * The groups module: the register of civic groups and its registration flow. Other modules use it only
 * through the public types of this package; its sub-packages (process, web, ...) are internal. Its
 * allowed dependencies are the contract that ModularityTest checks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "common", "municipality", "security", "workflow" })
package jp.kyodoflow.groups;
