/**
 * The demo module: demo users, groups and an open call (demo profile only). Other modules use it only
 * through the public types of this package; its sub-packages (process, web, ...) are internal. Its
 * allowed dependencies are the contract that ModularityTest checks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "committee", "common", "groups", "proposals", "security", "subsidy", "tasks", "themes" })
package jp.kyodoflow.demo;
