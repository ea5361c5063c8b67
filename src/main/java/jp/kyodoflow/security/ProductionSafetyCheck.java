package jp.kyodoflow.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the {@code prod} profile together with {@code demo}, without an external
 * database, or with a default, empty or short administrator password. Runs before any bean is
 * created. Demo accounts already in the database are checked once the engine is up
 * ({@link NoDemoAccountsInProduction}, with the rule {@link #demoAccounts}).
 */
public class ProductionSafetyCheck implements EnvironmentPostProcessor {

    static final Set<String> DEFAULT_PASSWORDS =
            Set.of("admin", "demo", "password", "camunda", "changeme", "secret", "kyodo", "12345678");
    static final int MIN_PASSWORD_LENGTH = 12;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        List<String> profiles = Arrays.asList(env.getActiveProfiles());
        if (!profiles.contains("prod")) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (profiles.contains("demo")) {
            problems.add("the demo profile is active too (it creates demo users with the published password); "
                    + "set SPRING_PROFILES_ACTIVE=prod without demo");
        }
        problems.addAll(problems(env.getProperty("spring.datasource.url"),
                env.getProperty("KYODO_ADMIN_PASSWORD", env.getProperty("camunda.bpm.admin-user.password"))));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Kyodo Flow refuses to start in the prod profile: "
                    + String.join("; ", problems));
        }
    }

    static List<String> problems(String datasourceUrl, String adminPassword) {
        List<String> problems = new ArrayList<>();
        if (datasourceUrl == null || datasourceUrl.isBlank()) {
            problems.add("SPRING_DATASOURCE_URL is not set (prod needs an external PostgreSQL)");
        }
        if (adminPassword == null || adminPassword.isBlank()) {
            problems.add("KYODO_ADMIN_PASSWORD is empty");
        } else if (DEFAULT_PASSWORDS.contains(adminPassword.toLowerCase(Locale.ROOT))
                || adminPassword.length() < MIN_PASSWORD_LENGTH) {
            problems.add("KYODO_ADMIN_PASSWORD is a default or shorter than " + MIN_PASSWORD_LENGTH + " characters");
        }
        return problems;
    }

    /** An account of the identity store as the check sees it. */
    record Account(String id, String email, boolean opensWithDemoPassword) {
    }

    /**
     * The accounts that must not exist in prod, each with why: the demo's e-mail domain (every user the
     * demo creates has it), or the published demo password (those users, and a demo-era {@code admin}).
     */
    static List<String> demoAccounts(Collection<Account> accounts) {
        List<String> found = new ArrayList<>();
        for (Account a : accounts) {
            List<String> why = new ArrayList<>();
            if (DemoIdentity.isDemoEmail(a.email())) {
                why.add("demo e-mail");
            }
            if (a.opensWithDemoPassword()) {
                why.add("password '" + DemoIdentity.PASSWORD + "'");
            }
            if (!why.isEmpty()) {
                found.add(a.id() + " (" + String.join(", ", why) + ")");
            }
        }
        return found.stream().sorted().toList();
    }

    static String demoAccountsRefusal(List<String> found) {
        return "Kyodo Flow refuses to start in the prod profile: the database holds " + found.size()
                + " demo account(s): " + String.join(", ", found) + ". Delete them in Camunda Admin > Users (start the app"
                + " once with a profile that creates no demo data, e.g. SPRING_PROFILES_ACTIVE=maintenance) and give"
                + " every account you keep a new password; then start prod again. Accounts are never deleted"
                + " automatically: a person decides, and this refusal stays in the log.";
    }
}
