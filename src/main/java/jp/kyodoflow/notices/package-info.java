/**
 * The notices module: notices, reminders and escalations. Other modules use it only through the public
 * types of this package; its sub-packages (process, web, ...) are internal. Its allowed dependencies
 * are the contract that ModularityTest checks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "agreements :: events", "common", "database", "groups :: events", "municipality", "projects :: events", "proposals :: events", "security", "groups", "subsidy :: events", "themes :: events" })
package jp.kyodoflow.notices;
