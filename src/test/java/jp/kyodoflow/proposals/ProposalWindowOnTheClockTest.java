package jp.kyodoflow.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.support.Api;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.MutableClock;
import jp.kyodoflow.support.ProposalFixtures;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** A call's submission window opens and closes as the clock moves, and its closing timer falls due with it. */
@IntegrationTest
class ProposalWindowOnTheClockTest {

    static final ZonedDateTime ANNOUNCED = ZonedDateTime.of(2027, 1, 11, 9, 0, 0, 0, FiscalYear.TOKYO);
    static final OffsetDateTime OPENS = ANNOUNCED.plusDays(1).toOffsetDateTime();
    static final OffsetDateTime CLOSES = ANNOUNCED.plusDays(8).withHour(17).toOffsetDateTime();

    @Autowired MutableClock clock;
    @Autowired TestRestTemplate rest;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;

    @Test
    void proposalsAreAcceptedOnlyWhileTheClockIsInsideTheWindow() {
        clock.setTo(ANNOUNCED);
        FiscalYear year = FiscalYear.current(clock);
        Api coord = new Api(rest, "coord1");
        long configId = ((Number) coord.list("/api/review-configs").getBody().get(0).get("id")).longValue();
        var call = coord.post("/api/proposal-rounds", Map.of("title", "時計で開く募集",
                "rules", ProposalFixtures.rules(OPENS, CLOSES, false, false, year), "reviewConfigId", configId,
                "committee", List.of(Map.of("userId", "committee1", "affiliation", "委員", "chair", true))));
        assertThat(call.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long roundId = ((Number) call.getBody().get("id")).longValue();
        String roundPi = (String) call.getBody().get("processInstanceId");

        assertThat(submit(roundId, "applicant1", 1, "公開前の提案", year)).as("announced, not open yet")
                .satisfies(ProposalWindowOnTheClockTest::outsideTheWindow);
        clock.setTo(OPENS.minusMinutes(1).toInstant());
        assertThat(submit(roundId, "applicant1", 1, "1分早い提案", year)).satisfies(ProposalWindowOnTheClockTest::outsideTheWindow);

        clock.setTo(OPENS.toInstant());
        var accepted = submit(roundId, "applicant1", 1, "開始と同時の提案", year);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(accepted.getBody().get("status")).isEqualTo("SUBMITTED");
        assertThat(OffsetDateTime.parse((String) accepted.getBody().get("submittedAt")).toInstant())
                .as("submitted at the clock's time").isEqualTo(OPENS.toInstant());
        long proposalId = ((Number) accepted.getBody().get("id")).longValue();
        assertThat(jdbc.queryForObject("select updated_at from proposal where id = ?", OffsetDateTime.class, proposalId)
                .toInstant()).as("updated_at follows the clock too").isEqualTo(OPENS.toInstant());

        clock.setTo(CLOSES.minusSeconds(1).toInstant());
        assertThat(dueTimers(roundPi)).as("the closing timer is not due yet").isZero();
        clock.setTo(CLOSES.toInstant());
        assertThat(submit(roundId, "applicant2", 2, "締切時刻の提案", year)).as("the window closes at closesAt")
                .satisfies(ProposalWindowOnTheClockTest::outsideTheWindow);
        assertThat(dueTimers(roundPi)).as("the engine's clock reached the closing time as well").isOne();
        assertThat(jdbc.queryForObject("select count(*) from proposal where round_id = ?", Long.class, roundId))
                .as("the refusals stored nothing").isOne();
    }

    private ResponseEntity<Map<String, Object>> submit(long roundId, String user, long groupId, String title, FiscalYear year) {
        return new Api(rest, user).post("/api/proposal-rounds/" + roundId + "/proposals",
                Map.of("groupId", groupId, "content", ProposalFixtures.content(title, year), "submit", true));
    }

    private long dueTimers(String processInstanceId) {
        return management.createJobQuery().processInstanceId(processInstanceId).timers().executable().count();
    }

    private static void outsideTheWindow(ResponseEntity<Map<String, Object>> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("detail").toString()).contains("募集期間外", "2027年1月12日", "2027年1月19日");
    }
}
