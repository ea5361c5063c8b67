/**
 * The subsidy module: Saku's まちづくり活動支援金 from application to payment and award. A group applies in the
 * portal to the programme of its area; the programme's coordinator confirms the requirements; small grants are
 * reviewed on documents, the others by the committee at the call's hearing; the approver fixes the amount; the
 * group may ask for an advance, change or cancel the plan; it reports, the amount is finalised, then paid or
 * repaid; once a year the committee awards excellent projects. Every amount is computed by
 * {@link jp.kyodoflow.subsidy.SubsidyArithmetic} under a stored version of the year's {@link jp.kyodoflow.subsidy.SubsidyRules}
 * and written to the application's ledger with its working. Other modules use it through the public types of
 * this package and its events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "committee", "common", "documents", "groups",
        "municipality", "security", "workflow" })
package jp.kyodoflow.subsidy;
