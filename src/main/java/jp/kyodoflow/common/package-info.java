/**
 * The common module: shared values: Japanese formats, fiscal years, refusals. Other modules use it
 * only through the public types of this package; its sub-packages (process, web, ...) are internal.
 * Its allowed dependencies are the contract that ModularityTest checks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {  })
package jp.kyodoflow.common;
