/**
 * The security module: authentication, roles, the bridge to Camunda identity, login protection. Other
 * modules use it only through the public types of this package; its sub-packages (process, web, ...)
 * are internal. Its allowed dependencies are the contract that ModularityTest checks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "municipality" })
package jp.kyodoflow.security;
