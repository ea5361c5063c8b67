package jp.kyodoflow.opendata;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.kyodoflow.committee.ReviewQueries;
import jp.kyodoflow.committee.ReviewRules;
import jp.kyodoflow.committee.ReviewRules.Stage;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.HearingRounds;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ReviewFlow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Open data as anyone meets it, without signing in: the catalogue page, every dataset as CSV and JSON with the
 * columns of its schema and nothing else, committee members named or as 委員A… as each round's publication setting
 * says, and no personal data (the columns are checked, and the files are searched for the register's contact
 * details, officers' names and every demo user id).
 */
@IntegrationTest
class OpenDataHttpTest {

    /** Every column of every dataset: a new column is a decision about what the city publishes, made here. */
    static final Map<String, List<String>> COLUMNS = Map.of(
            "projects", List.of("project_id", "fiscal_year", "title", "partner_group", "collaboration_form", "project_year",
                    "status"),
            "themes", List.of("theme_id", "fiscal_year", "title", "department", "problem", "desired_outcome",
                    "expected_work", "budget_ceiling_yen", "funding_rate_percent", "period_from", "period_to",
                    "collaboration_form", "status"),
            "committee-results", List.of("round_id", "round_title", "purpose", "proposal_title", "applicant_group",
                    "requested_yen", "score", "rank", "result", "decision", "conditions", "decided_on"),
            "committee-member-totals", List.of("round_id", "round_title", "proposal_title", "member", "total"),
            "subsidies", List.of("application_id", "fiscal_year", "group", "title", "programme", "track", "granted_yen",
                    "decided_on", "final_yen", "paid_yen", "status"));

    static final Pattern PERSONAL_COLUMN = Pattern.compile(
            "(?i).*(mail|phone|tel|address|user|officer|representative|contact|name|person|メール|電話|住所|氏名|役員|代表|連絡).*");

    @Autowired TestRestTemplate rest;
    @Autowired HearingRounds hearings;
    @Autowired ReviewFlow review;
    @Autowired Flow flow;
    @Autowired ReviewQueries queries;
    @Autowired GroupRegister register;
    @Autowired org.camunda.bpm.engine.IdentityService identity;

    ResponseEntity<Map<String, Object>> json(String name) {
        return rest.exchange("/open-data/" + name + ".json", HttpMethod.GET, null,
                new ParameterizedTypeReference<Map<String, Object>>() { });
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rows(ResponseEntity<Map<String, Object>> r) {
        return (List<Map<String, Object>>) r.getBody().get("rows");
    }

    /** A decided hearing round scored by two members; {@code anonymised} is its publication setting. */
    HearingRounds.Hearing decidedRound(String title, List<String> members, boolean anonymised, String lastName) {
        members.forEach(m -> review.member(m, lastName, m.endsWith("a") ? "花子" : "太郎"));
        ReviewRules rules = new ReviewRules(List.of(Stage.HEARING), HearingRounds.RULES.criteria(), null, null,
                ReviewRules.ConflictPolicy.EXCLUDE, 1, ReviewRules.TieBreak.SHARED, null, null, anonymised);
        HearingRounds.Hearing h = hearings.start(title, rules, members, List.of(title + "の提案一", title + "の提案二"), null);
        long first = h.proposalIds().get(0);
        long second = h.proposalIds().get(1);
        review.scoreAll(h.round(), "Task_ScoreAtHearing", members, (p, k) -> p == first ? 4 : 2);
        var comments = review.task(h.round(), "Task_WriteComments", members.get(0));
        flow.complete(h.round().processInstanceId(), comments, members.get(0), Map.of("commentSheet",
                List.of(Map.of("proposalId", first, "comment", "良い"), Map.of("proposalId", second, "comment", "要改善")),
                "recommendation", "順位のとおり報告する"));
        flow.complete(h.round().processInstanceId(), "Task_DecideProposals", "approver1", Map.of("decisionSheet",
                List.of(Map.of("proposalId", first, "decision", "ADOPT"), Map.of("proposalId", second, "decision", "REJECT"))));
        assertThat(queries.round(flow.user("coord1"), h.roundId()).status()).isEqualTo("DECIDED");
        return h;
    }

    @Test
    void everyDatasetDownloadsWithoutSigningInWithItsSchemaAndNoPersonalData() {
        HearingRounds.Hearing named = decidedRound("公開名テスト", List.of("od-named-a", "od-named-b"), false, "浅間");
        HearingRounds.Hearing anonymous = decidedRound("匿名テスト", List.of("od-anon-a", "od-anon-b"), true, "蓼科");

        String page = rest.getForObject("/open-data", String.class);
        assertThat(page).contains("オープンデータ", "ログインは不要");
        COLUMNS.keySet().forEach(name -> assertThat(page).contains("/open-data/" + name + ".csv", "/open-data/" + name + ".json"));

        List<String> everything = new ArrayList<>();
        for (var e : COLUMNS.entrySet()) {
            String name = e.getKey();
            ResponseEntity<Map<String, Object>> j = json(name);
            assertThat(j.getStatusCode()).as(name).isEqualTo(HttpStatus.OK);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> columns = (List<Map<String, Object>>) j.getBody().get("columns");
            assertThat(columns).extracting(c -> c.get("key")).as(name).containsExactlyElementsOf(e.getValue());
            columns.forEach(c -> assertThat((String) c.get("label")).as(name + " label").isNotBlank());
            for (Map<String, Object> row : rows(j)) {
                assertThat(row.keySet()).as(name + " row").containsExactlyElementsOf(e.getValue());
            }
            e.getValue().stream().filter(k -> !(name.equals("committee-member-totals") && k.equals("member")))
                    .forEach(k -> assertThat(k).as(name + " column").doesNotMatch(PERSONAL_COLUMN));

            ResponseEntity<byte[]> csv = rest.getForEntity("/open-data/" + name + ".csv", byte[].class);
            assertThat(csv.getStatusCode()).as(name).isEqualTo(HttpStatus.OK);
            assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
            String text = new String(csv.getBody(), UTF_8);
            assertThat(text).startsWith("\uFEFF");
            String header = text.substring(1, text.indexOf("\r\n"));
            assertThat(header.split(",")).containsExactlyElementsOf(columns.stream().map(c -> (String) c.get("label")).toList());
            assertThat(text.split("\r\n", -1)).hasSize(rows(j).size() + 2); // header, rows, the empty rest after the last CRLF
            everything.add(text);
            everything.add(j.getBody().toString());
        }

        // the committee's results: both rounds, scores, decisions
        List<Map<String, Object>> results = rows(json("committee-results"));
        assertThat(results).filteredOn(r -> r.get("round_id").equals((int) named.roundId()))
                .extracting(r -> r.get("decision")).containsExactlyInAnyOrder("採択", "不採択");
        assertThat(results).filteredOn(r -> r.get("proposal_title").equals("公開名テストの提案一")).singleElement()
                .satisfies(r -> assertThat(r.get("rank")).isEqualTo(1))
                .satisfies(r -> assertThat(r.get("applicant_group")).isEqualTo(register.find(1L).orElseThrow().group().name()));

        // members by name where the round publishes names, as 委員A… where it is anonymised
        List<Map<String, Object>> totals = rows(json("committee-member-totals"));
        var namedMembers = queries.round(flow.user("coord1"), named.roundId()).members().stream()
                .map(ReviewQueries.MemberView::displayName).toList();
        assertThat(totals).filteredOn(r -> r.get("round_id").equals((int) named.roundId()))
                .hasSize(4).extracting(r -> r.get("member")).allSatisfy(m -> assertThat(namedMembers).contains((String) m));
        assertThat(totals).filteredOn(r -> r.get("round_id").equals((int) anonymous.roundId()))
                .hasSize(4).extracting(r -> (String) r.get("member")).allSatisfy(m -> assertThat(m).matches("委員[A-Z]+"))
                .contains("委員A", "委員B");

        // no personal data anywhere: the register's contact details and people, nor any user id
        List<String> forbidden = new ArrayList<>();
        for (var g : register.list(flow.user("coord1"))) {
            var d = register.find(g.id()).orElseThrow();
            add(forbidden, d.contactEmail(), d.contactPhone(), g.baseAddress(), g.representativeName());
            d.people().forEach(p -> add(forbidden, p.name(), p.userId()));
        }
        identity.createUserQuery().list().forEach(u -> add(forbidden, u.getEmail()));
        // a person who sits, by name, on a round published by name is published as its member (the round's
        // setting), even if the register also lists them in a group (other tests' fixtures do)
        List<String> publishedMembers = totals.stream().map(r -> (String) r.get("member"))
                .filter(m -> !m.matches("委員[A-Z]+")).distinct().toList();
        forbidden.removeIf(publishedMembers::contains);
        String all = String.join("\n", everything);
        for (String f : forbidden) {
            assertThat(all).as("personal data in open data").doesNotContain(f);
        }
        assertThat(all).doesNotContainPattern("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[a-z]{2,}")
                .doesNotContain("od-anon-a", "od-named-a", "approver1", "coord1")
                .doesNotContain("蓼科") // the anonymised round's members, by name
                .contains("浅間 花子", "浅間 太郎"); // the named round's
    }

    @Test
    void anUnknownDatasetIsNotFoundInJapanese() {
        ResponseEntity<String> r = rest.getForEntity("/open-data/members.csv", String.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(r.getBody()).contains("ページが見つかりません");
    }

    private static void add(List<String> into, String... values) {
        for (String v : values) {
            if (v != null && v.strip().length() >= 3) {
                into.add(v.strip());
            }
        }
    }
}
