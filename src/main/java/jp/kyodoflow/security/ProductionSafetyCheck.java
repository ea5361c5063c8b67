package jp.kyodoflow.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the {@code prod} profile without an external database or with a default,
 * empty or short administrator password. Runs before any bean is created.
 */
public class ProductionSafetyCheck implements EnvironmentPostProcessor {

    static final Set<String> DEFAULT_PASSWORDS =
            Set.of("admin", "demo", "password", "camunda", "changeme", "secret", "kyodo", "12345678");
    static final int MIN_PASSWORD_LENGTH = 12;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (!Arrays.asList(env.getActiveProfiles()).contains("prod")) {
            return;
        }
        List<String> problems = problems(env.getProperty("spring.datasource.url"),
                env.getProperty("KYODO_ADMIN_PASSWORD", env.getProperty("camunda.bpm.admin-user.password")));
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
}
