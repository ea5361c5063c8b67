package jp.kyodoflow.database;

import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Flyway owns every table: Camunda's schema first (V001), then ours from {@code db/}. */
@Configuration(proxyBeanMethods = false)
class FlywayConfig {

    @Bean
    FlywayConfigurationCustomizer camundaSchemaFirst() {
        return configuration -> configuration.javaMigrations(new CamundaSchemaMigration());
    }
}
