package jp.kyodoflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * One Spring context for every integration, process and web test: the app with its demo users
 * on a real embedded PostgreSQL, served on a random port. Its clock is a {@link MutableClock}
 * that a test may move; it is reset after every test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import({TestClockConfiguration.class, TestMailServer.class, SqlStatements.class})
@ExtendWith(ClockReset.class)
public @interface IntegrationTest {
}
