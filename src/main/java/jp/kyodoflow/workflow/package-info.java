/**
 * The workflow module: engine plumbing: process keys, the trust boundary, deployment, refusals. Other
 * modules use it only through the public types of this package; its sub-packages (process, web, ...)
 * are internal. Its allowed dependencies are the contract that ModularityTest checks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "municipality" })
package jp.kyodoflow.workflow;
