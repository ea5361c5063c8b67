package jp.kyodoflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.kyodoflow.support.Api;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** Health is open to all, its details (database, disk, paths) only to administrators. */
@IntegrationTest
class ActuatorAccessTest {

    @Autowired TestRestTemplate rest;
    @Autowired TestMailServer smtp;

    Map<String, Object> health(String user) {
        var response = new Api(rest, user).get("/actuator/health");
        assertThat(response.getStatusCode()).as(String.valueOf(user)).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("status", "UP");
        return response.getBody();
    }

    @Test
    void onlyAdministratorsSeeHealthDetails() {
        assertThat(health(null)).doesNotContainKeys("components", "details");
        for (String user : new String[] {"applicant1", "kosodate1", "coord1", "approver1"}) {
            assertThat(health(user)).as(user).doesNotContainKeys("components", "details");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> components = (Map<String, Object>) health("admin").get("components");
        assertThat(components).containsKeys("db", "diskSpace").doesNotContainKey("mail");
    }

    @Test
    void anSmtpServerThatIsDownLeavesTheAppHealthy() {
        smtp.stop();
        try {
            health(null); // UP: mails wait in the outbox and are retried
        } finally {
            smtp.start();
        }
    }
}
