package jp.kyodoflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class ProductionSafetyCheckTest {

    @Test
    void prodRefusesDefaultEmptyOrShortAdminPasswordsAndAMissingDatabase() {
        assertThat(ProductionSafetyCheck.problems(null, "")).hasSize(2);
        assertThat(ProductionSafetyCheck.problems("jdbc:postgresql://db/kyodo", "demo")).singleElement()
                .asString().contains("default");
        assertThat(ProductionSafetyCheck.problems("jdbc:postgresql://db/kyodo", "short")).hasSize(1);
        assertThat(ProductionSafetyCheck.problems("jdbc:postgresql://db/kyodo", "a-long-unique-passphrase")).isEmpty();
    }

    @Test
    void theCheckStopsStartupOnlyInTheProdProfile() {
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");
        new ProductionSafetyCheck().postProcessEnvironment(demo, new SpringApplication());

        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        prod.setProperty("camunda.bpm.admin-user.password", "demo");
        assertThatThrownBy(() -> new ProductionSafetyCheck().postProcessEnvironment(prod, new SpringApplication()))
                .hasMessageContaining("SPRING_DATASOURCE_URL").hasMessageContaining("KYODO_ADMIN_PASSWORD");
    }

    @Test
    void prodRefusesToRunTogetherWithDemo() {
        MockEnvironment prodAndDemo = new MockEnvironment();
        prodAndDemo.setActiveProfiles("prod", "demo");
        prodAndDemo.setProperty("spring.datasource.url", "jdbc:postgresql://db/kyodo");
        prodAndDemo.setProperty("camunda.bpm.admin-user.password", "a-long-unique-passphrase");
        assertThatThrownBy(() -> new ProductionSafetyCheck().postProcessEnvironment(prodAndDemo, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo profile").hasMessageContaining("SPRING_PROFILES_ACTIVE=prod");

        MockEnvironment prodAlone = new MockEnvironment();
        prodAlone.setActiveProfiles("prod");
        prodAlone.setProperty("spring.datasource.url", "jdbc:postgresql://db/kyodo");
        prodAlone.setProperty("camunda.bpm.admin-user.password", "a-long-unique-passphrase");
        new ProductionSafetyCheck().postProcessEnvironment(prodAlone, new SpringApplication());
    }

    @Test
    void demoAccountsAreFoundByTheDemosEmailDomainOrThePublishedPassword() {
        var accounts = List.of(
                new ProductionSafetyCheck.Account("coord1", "coord1@demo.kyodoflow.jp", true),
                new ProductionSafetyCheck.Account("admin", null, true),
                new ProductionSafetyCheck.Account("tanaka", "TANAKA@DEMO.KYODOFLOW.JP", false),
                new ProductionSafetyCheck.Account("suzuki", "suzuki@city.honjo.lg.jp", false),
                new ProductionSafetyCheck.Account("sato", "sato@demo.kyodoflow.jp.example.org", false),
                new ProductionSafetyCheck.Account("admin2", null, false));

        List<String> found = ProductionSafetyCheck.demoAccounts(accounts);

        assertThat(found).containsExactly("admin (password 'demo')", "coord1 (demo e-mail, password 'demo')",
                "tanaka (demo e-mail)");
        assertThat(ProductionSafetyCheck.demoAccountsRefusal(found)).contains("3 demo account(s)")
                .contains("coord1").contains("Camunda Admin");
        assertThat(ProductionSafetyCheck.demoAccounts(accounts.subList(3, 6))).isEmpty();
    }
}
