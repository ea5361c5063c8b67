package jp.kyodoflow.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kyodoflow.committee.ReviewRules.Criterion;
import jp.kyodoflow.committee.ReviewRules.Stage;
import jp.kyodoflow.support.Api;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ReviewFlow;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ten members submit their hearing score sheets in the same instant through the API. Every
 * submission must be accepted and stored; the engine's multi-instance bookkeeping happens after
 * each member's transaction (asyncAfter), where the job executor retries optimistic-locking
 * conflicts: here ten threads run those jobs at once, as a job executor with many threads would.
 */
@IntegrationTest
class ConcurrentScoringTest {

    private static final Logger log = LoggerFactory.getLogger(ConcurrentScoringTest.class);

    @Autowired TestRestTemplate rest;
    @Autowired ReviewFlow review;
    @Autowired Flow flow;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;

    @Test
    void tenMembersScoringInTheSameSecondAreAllRecorded() throws Exception {
        List<String> members = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            members.add(review.member(String.format("cm%02d", i), "委員", String.valueOf(i)));
        }
        ReviewRules rules = new ReviewRules(List.of(Stage.HEARING), List.of(new Criterion("a", "公益性", 1, 0, 10),
                new Criterion("b", "実現性", 1, 0, 10), new Criterion("c", "独創性", 1, 0, 10)),
                new ReviewRules.Threshold(ReviewRules.Threshold.Kind.NORMALISED_100, 50), null,
                ReviewRules.ConflictPolicy.EXCLUDE, 10, ReviewRules.TieBreak.SHARED, null, null, false);
        var round = review.start(review.config("同時採点テスト", rules), members,
                List.of(new RoundInputs.ProposalInput("TEST", 1L, "提案X", null, 0),
                        new RoundInputs.ProposalInput("TEST", 2L, "提案Y", null, 0)));
        review.confirmAll(round, members, Map.of());
        List<Map<String, Object>> order = new ArrayList<>();
        jdbc.queryForList("select id from review_proposal where round_id = ? order by id", Long.class, round.id())
                .forEach(id -> order.add(Map.of("proposalId", id, "position", order.size() + 1)));
        flow.complete(round.processInstanceId(), "Task_ScheduleHearing", "coord1", Map.of("heldOn", "2027-02-14",
                "startTime", "13:30", "place", "大会議室", "presentationMinutes", 7, "questionMinutes", 8, "hearingOrder", order));

        // every member holds a sheet; all press "submit" at once
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch ready = new CountDownLatch(10);
        CountDownLatch go = new CountDownLatch(1);
        List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        List<Future<HttpStatus>> results = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            String member = members.get(i);
            int score = 5 + i % 5;
            Api api = new Api(rest, member);
            List<Map<String, Object>> scores = new ArrayList<>();
            api.list("/api/review-rounds/" + round.id() + "/score-sheet?stage=HEARING").getBody()
                    .forEach(row -> scores.add(Map.of("proposalId", row.get("proposalId"),
                            "criterionCode", row.get("criterionCode"), "score", score)));
            results.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                long t0 = System.nanoTime();
                var response = api.post("/api/review-rounds/" + round.id() + "/score-sheet",
                        Map.of("stage", "HEARING", "scores", scores, "abstain", false));
                millis.add((System.nanoTime() - t0) / 1_000_000);
                return HttpStatus.valueOf(response.getStatusCode().value());
            }));
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        List<HttpStatus> statuses = new ArrayList<>();
        for (Future<HttpStatus> f : results) {
            statuses.add(f.get());
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        assertThat(statuses).as("no member sees an error").containsOnly(HttpStatus.NO_CONTENT);
        assertThat(jdbc.queryForObject("select count(*) from review_score where round_id = ?", Long.class, round.id()))
                .as("no score lost").isEqualTo(10L * 2 * 3);
        log.info("Concurrent scoring: 10 submissions in {} ms wall, per request min {} / max {} ms", wall,
                Collections.min(millis), Collections.max(millis));

        // the multi-instance bookkeeping: ten job threads at once, each retrying on optimistic locking
        AtomicInteger conflicts = new AtomicInteger();
        List<Callable<Void>> jobRuns = new ArrayList<>();
        for (Job job : management.createJobQuery().processInstanceId(round.processInstanceId()).list()) {
            jobRuns.add(() -> {
                for (int attempt = 0; attempt < 20; attempt++) {
                    try {
                        management.executeJob(job.getId());
                        return null;
                    } catch (OptimisticLockingException e) {
                        conflicts.incrementAndGet();
                    } catch (org.camunda.bpm.engine.exception.NullValueException gone) {
                        return null;
                    }
                }
                throw new AssertionError("job not done after 20 attempts");
            });
        }
        assertThat(jobRuns).hasSize(10);
        for (Future<Void> f : pool.invokeAll(jobRuns)) {
            f.get();
        }
        pool.shutdown();
        flow.runJobs(round.processInstanceId());
        log.info("Concurrent scoring: {} optimistic-locking conflicts among the 10 async continuations, all retried",
                conflicts.get());
        assertThat(tasks.createTaskQuery().processInstanceId(round.processInstanceId())
                .taskDefinitionKey("Task_WriteComments").count()).as("round moved on to 講評").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from review_proposal where round_id = ? and (result->>'scorers')::int = 10",
                Long.class, round.id())).isEqualTo(2L);
    }
}
