package jp.kyodoflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.kyodoflow.notices.NoticeService;
import jp.kyodoflow.support.Api;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ProposalDrafts;
import jp.kyodoflow.support.Uploads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A page on another site cannot make a logged-in browser change anything through our API (its
 * cached Basic credentials notwithstanding): a call with a foreign Origin or a cross-site
 * Sec-Fetch-Site is 403, a plain-form body is 415, and nothing changes. The same calls from a
 * script (no Origin) or from our own origin are accepted.
 */
@IntegrationTest
class CrossSiteRequestHttpTest {

    static final String EVIL = "https://evil.example";

    @Autowired TestRestTemplate rest;
    @Autowired NoticeService notices;
    @Autowired ProposalDrafts drafts;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    long unreadNotice(String title) {
        notices.toUser("kosodate1", "TEST", title, "クロスサイトの確認用", null, null);
        return jdbc.queryForObject("select id from notice where title = ?", Long.class, title);
    }

    boolean read(long noticeId) {
        return jdbc.queryForObject("select read_at is not null from notice where id = ?", Boolean.class, noticeId);
    }

    ResponseEntity<Map> markRead(long noticeId, String contentType, String body, Map<String, String> headers) {
        HttpHeaders h = new HttpHeaders();
        if (contentType != null) {
            h.set(HttpHeaders.CONTENT_TYPE, contentType);
        }
        headers.forEach(h::set);
        return rest.withBasicAuth("kosodate1", "demo").exchange("/api/notices/" + noticeId + "/read", HttpMethod.POST,
                new HttpEntity<>(body, h), Map.class);
    }

    @Test
    void aNoticeIsNotMarkedReadFromAnotherSiteNorByAFormBody() {
        long notice = unreadNotice("クロスサイト確認（既読）");

        for (Map<String, String> foreign : List.of(Map.of("Origin", EVIL), Map.of("Origin", "null"),
                Map.of("Sec-Fetch-Site", "cross-site"), Map.of("Sec-Fetch-Site", "same-site", "Origin", "https://sub.localhost"),
                Map.of("Origin", "http://localhost:" + (port + 1)))) {
            var refused = markRead(notice, "application/json", "{}", foreign);
            assertThat(refused.getStatusCode()).as(foreign.toString()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            assertThat(refused.getBody().get("detail").toString()).startsWith("ほかのサイトの画面から送られた操作のため、受け付けられません");
        }
        for (String formType : List.of("application/x-www-form-urlencoded", "text/plain;charset=UTF-8")) {
            var refused = markRead(notice, formType, "a=b", Map.of());
            assertThat(refused.getStatusCode()).as(formType).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
            assertThat(refused.getBody().get("detail").toString()).contains("JSON（application/json）で送ってください");
        }
        assertThat(read(notice)).as("still unread").isFalse();

        var fromScript = markRead(notice, null, null, Map.of());
        assertThat(fromScript.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read(notice)).isTrue();

        long other = unreadNotice("クロスサイト確認（同じオリジン）");
        var fromOurPage = markRead(other, "application/json", "{}", Map.of("Origin", "http://localhost:" + port,
                "Sec-Fetch-Site", "same-origin"));
        assertThat(fromOurPage.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read(other)).isTrue();
        assertThat(new Api(rest, "kosodate1").list("/api/notices").getStatusCode()).as("reading stays open to all")
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void anAttachmentIsNotStoredFromAnotherSite() {
        long proposal = drafts.draft("クロスサイト添付テストの会").proposalId();
        var refused = Uploads.upload(rest, "applicant3", proposal, "plan.pdf", "application/pdf", Uploads.pdf(),
                Map.of("Origin", EVIL, "Sec-Fetch-Site", "cross-site"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("detail").toString()).startsWith("ほかのサイトの画面から送られた操作のため");
        var refusedByFetchSite = Uploads.upload(rest, "applicant3", proposal, "plan.pdf", "application/pdf", Uploads.pdf(),
                Map.of("Sec-Fetch-Site", "cross-site"));
        assertThat(refusedByFetchSite.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject("select count(*) from proposal_attachment where proposal_id = ?", Long.class, proposal))
                .isZero();

        var fromScript = Uploads.upload(rest, "applicant3", proposal, "plan.pdf", "application/pdf", Uploads.pdf(), Map.of());
        assertThat(fromScript.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var fromOurPage = Uploads.upload(rest, "applicant3", proposal, "plan2.pdf", "application/pdf", Uploads.pdf(),
                Map.of("Origin", "http://localhost:" + port));
        assertThat(fromOurPage.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(jdbc.queryForObject("select count(*) from proposal_attachment where proposal_id = ?", Long.class, proposal))
                .isEqualTo(2);
    }
}
