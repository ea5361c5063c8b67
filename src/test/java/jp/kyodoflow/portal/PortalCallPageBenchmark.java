package jp.kyodoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.PortalSession;
import jp.kyodoflow.support.ReviewFlow;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A benchmark, not a timed test (run with {@code -Dkyodo.benchmark=true}): the call page and its CSV with 1,000
 * proposals in the call (copies of a real one, with their opinions), as coord1 and as a department reviewer;
 * prints the median and the slowest of 20 requests after a warm-up.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "kyodo.benchmark", matches = "true")
class PortalCallPageBenchmark {

    @Autowired TestRestTemplate rest;
    @Autowired ReviewFlow review;
    @Autowired Flow flow;
    @Autowired RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theCallPageWithAThousandProposals() {
        CaseData.Call call = new CaseData(rest, review, flow, runtime).call("（計測）");
        jdbc.update("insert into proposal (round_id, group_id, status, content, eligibility_reasons, process_instance_id,"
                + " created_by, created_at, submitted_at, updated_at) select p.round_id, p.group_id, p.status, p.content,"
                + " p.eligibility_reasons, p.process_instance_id, p.created_by, p.created_at, p.submitted_at, p.updated_at"
                + " from proposal p, generate_series(1, 997) where p.id = ?", call.proposalC());
        jdbc.update("insert into department_opinion (proposal_id, department_group, feasibility, role_fit, budget_availability,"
                + " comments, given_by, given_at) select id, 'dept-kosodate', 'FEASIBLE', 'APPROPRIATE', 'AVAILABLE', 'ok',"
                + " 'kosodate1', now() from proposal where round_id = ? and id not in (?, ?, ?)",
                call.roundId(), call.proposalA(), call.proposalB(), call.proposalC());
        assertThat(jdbc.queryForObject("select count(*) from proposal where round_id = ?", Long.class, call.roundId()))
                .isEqualTo(1000L);
        for (String user : List.of("coord1", "bosai1")) {
            PortalSession s = new PortalSession(rest, null);
            s.login(user, "demo");
            assertThat(s.get("/staff/calls/" + call.roundId()).getBody()).contains("1／20ページ", "次の50件");
            assertThat(s.get("/staff/calls/" + call.roundId() + "?page=20").getBody()).contains("20／20ページ", "前の50件");
            for (String path : List.of("/staff/calls/" + call.roundId(), "/staff/calls/" + call.roundId() + "?page=20",
                    "/staff/calls/" + call.roundId() + "/proposals.csv")) {
                for (int i = 0; i < 5; i++) {
                    assertThat(s.get(path).getStatusCode()).isEqualTo(HttpStatus.OK);
                }
                List<Long> ms = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    long t0 = System.nanoTime();
                    s.get(path);
                    ms.add((System.nanoTime() - t0) / 1_000_000);
                }
                Collections.sort(ms);
                System.out.printf("BENCHMARK %s %s: median %d ms, slowest %d ms%n", user, path, ms.get(10), ms.get(19));
            }
        }
    }
}
