/**
 * The portal: server-rendered Japanese pages at {@code /} for civic groups and visitors (open calls
 * without signing in; マイページ with the group's register entry, proposals and notices after the form
 * login of the security module's portal chain). Pages call the other modules' public services only;
 * who acts and for which group come from the login. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "groups", "notices", "proposals", "security", "audit", "committee", "municipality", "projects", "agreements", "evaluation", "subsidy", "tasks", "themes", "opendata" })
package jp.kyodoflow.portal;
