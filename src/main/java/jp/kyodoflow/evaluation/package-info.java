/**
 * The evaluation module: self, mutual and committee evaluation of a project year. Other modules use it
 * only through the public types of this package; its sub-packages (process, web, ...) are internal.
 * Its allowed dependencies are the contract that ModularityTest checks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common" })
package jp.kyodoflow.evaluation;
