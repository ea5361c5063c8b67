package jp.kyodoflow.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.support.Api;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ProposalDrafts;
import jp.kyodoflow.support.ProposalFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drafts through the API may be incomplete, but a 100 KB title, 5,000 expense rows or a negative
 * amount is refused (400, the reason in Japanese) when creating and when editing, and the stored
 * draft stays as it was.
 */
@IntegrationTest
class DraftBoundsHttpTest {

    @Autowired TestRestTemplate rest;
    @Autowired ProposalDrafts drafts;
    @Autowired JdbcTemplate jdbc;

    Api group() {
        return new Api(rest, "applicant3");
    }

    long proposalsOf(long groupId) {
        return jdbc.queryForObject("select count(*) from proposal where group_id = ?", Long.class, groupId);
    }

    static Map<String, Object> withExpenses(Map<String, Object> content, int rows, long amount) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            lines.add(Map.of("category", "消耗品費", "description", "行" + i, "amount", amount));
        }
        content.put("budget", Map.of("incomeOwnFunds", 0, "incomeCityShare", 0, "incomeOther", 0, "expenses", lines));
        return content;
    }

    @Test
    @SuppressWarnings("unchecked")
    void unboundedOrNegativeDraftsAreRefusedWhenCreatedAndWhenEdited() {
        ProposalDrafts.Draft existing = drafts.draft("下書きの上限テストの会");
        String create = "/api/proposal-rounds/" + existing.roundId() + "/proposals";
        long before = proposalsOf(existing.groupId());

        Map<String, Object> hugeTitle = ProposalFixtures.content("あ".repeat(100 * 1024));
        Map<String, Object> manyRows = withExpenses(ProposalFixtures.content("5000行の下書き"), 5000, 1);
        Map<String, Object> negative = withExpenses(ProposalFixtures.content("マイナスの下書き"), 1, -30000);
        Map<String, String> expected = Map.of("hugeTitle", "事業名が長すぎます（102400文字、上限100文字）",
                "manyRows", "支出の行が多すぎます（5000行、上限100行）", "negative", "支出1の金額が0円未満です（-30,000円）");
        Map<String, Map<String, Object>> contents = Map.of("hugeTitle", hugeTitle, "manyRows", manyRows, "negative", negative);
        for (var c : contents.entrySet()) {
            var refused = group().post(create, Map.of("groupId", existing.groupId(), "content", c.getValue(), "submit", false));
            assertThat(refused.getStatusCode()).as(c.getKey()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("detail")).as(c.getKey()).isEqualTo("提案内容に誤りがあるため保存できません："
                    + expected.get(c.getKey()));
            assertThat((List<String>) refused.getBody().get("reasons")).containsExactly(expected.get(c.getKey()));
        }
        assertThat(proposalsOf(existing.groupId())).isEqualTo(before);

        String draftPath = "/api/proposals/" + existing.proposalId();
        Map<String, Object> stored = group().get(draftPath).getBody();
        for (var c : contents.entrySet()) {
            var refused = put(draftPath, Map.of("content", c.getValue()));
            assertThat(refused.getStatusCode()).as(c.getKey()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("detail").toString()).as(c.getKey()).endsWith(expected.get(c.getKey()));
        }
        Map<String, Object> after = group().get(draftPath).getBody();
        assertThat(after.get("version")).isEqualTo(stored.get("version"));
        assertThat(after.get("content")).isEqualTo(stored.get("content"));

        // incomplete is fine for a draft
        Map<String, Object> partial = new HashMap<>(Map.of("title", "書きかけの提案"));
        var accepted = put(draftPath, Map.of("content", partial));
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(((Map<String, Object>) accepted.getBody().get("content")).get("title")).isEqualTo("書きかけの提案");
    }

    private ResponseEntity<Map<String, Object>> put(String path, Object body) {
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        return rest.withBasicAuth("applicant3", "demo").exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers),
                new ParameterizedTypeReference<>() { });
    }
}
