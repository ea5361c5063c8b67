package jp.kyodoflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
