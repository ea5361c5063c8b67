/**
 * The tasks module: a person's tasks through our API. Other modules use it only through the public
 * types of this package; its sub-packages (process, web, ...) are internal. Its allowed dependencies
 * are the contract that ModularityTest checks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "security", "workflow" })
package jp.kyodoflow.tasks;
