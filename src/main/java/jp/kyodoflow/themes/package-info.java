/**
 * The themes module: the administration-proposed scheme (行政提案型協働事業). A department drafts a theme,
 * the coordinator reviews it and the approver approves or returns it (AdministrationThemeProcess); approved
 * themes of a year are published in a call with a submission window and a Q&A period
 * (AdministrationCallProcess, ThemeQuestionProcess); groups propose through the proposals module (each
 * publication of a theme is a call there); the committee ranks; the approver selects the partner, or the
 * department re-publishes or withdraws the theme. Other modules use it through the public types of this
 * package and its events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "committee", "common", "groups",
        "municipality", "projects", "proposals", "security", "workflow" })
package jp.kyodoflow.themes;
