package jp.kyodoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kyodoflow.notices.NoticeService;
import jp.kyodoflow.notices.NoticeService.NoticeView;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.PortalSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** The portal over real HTTP: open pages, the form login, CSRF refusals, isolation between groups, the error pages. */
@IntegrationTest
class PortalPagesHttpTest {

    @Autowired TestRestTemplate rest;
    @Autowired NoticeService notices;

    static final CurrentUser APPLICANT1 = new CurrentUser("applicant1", java.util.Set.of("applicant", "group-1"));

    @Test
    void theTopPageShowsTheOpenCallWithoutSigningIn() {
        ResponseEntity<String> top = new PortalSession(rest, null).get("/");
        assertThat(top.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(top.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(top.getBody()).contains("市民提案型協働事業", "募集期間", "締切は", "時", "事前相談", "必要です", "500,000円")
                .contains("ログイン").doesNotContain("Whitelabel", "Camunda");
    }

    @Test
    void myPageNeedsASignInAndSignsInToTheGroupsPage() {
        PortalSession browser = new PortalSession(rest, null);
        ResponseEntity<String> anonymous = browser.get("/mypage");
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(anonymous.getHeaders().getLocation().getPath()).isEqualTo("/login");

        ResponseEntity<String> login = browser.login("applicant1", "demo");
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        ResponseEntity<String> mypage = browser.get(login.getHeaders().getLocation().getPath());
        assertThat(mypage.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(mypage.getHeaders().getLocation().getPath()).isEqualTo("/mypage/groups/1");
        assertThat(browser.get("/mypage/groups/1").getBody())
                .contains("マイページ：佐久こども食堂ネットワーク", "登録番号", "登録済み", "子育て", "お知らせ", "ログアウト")
                .doesNotContain("REGISTERED", "KOSODATE", "Tasklist");
    }

    @Test
    void aWrongPasswordGoesBackToTheLoginPageWithAJapaneseMessage() {
        PortalSession browser = new PortalSession(rest, "203.0.113.71");
        ResponseEntity<String> login = browser.login("applicant1", "wrong");
        assertThat(login.getHeaders().getLocation().toString()).endsWith("/login?error");
        assertThat(browser.get("/login?error").getBody()).contains("ユーザーIDまたはパスワードが正しくありません");
    }

    @Test
    void aMemberOfAnotherGroupGetsTheJapaneseNotFoundPageForGroupOne() {
        PortalSession browser = new PortalSession(rest, null);
        browser.login("applicant2", "demo");
        ResponseEntity<String> foreign = browser.get("/mypage/groups/1");
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(foreign.getBody()).contains("ページが見つかりません").doesNotContain("佐久こども食堂ネットワーク", "Whitelabel");
        assertThat(browser.get("/mypage/groups/2").getBody()).contains("佐久防災ボランティアの会");
    }

    @Test
    void staffSeeTheWayToTasklist() {
        PortalSession browser = new PortalSession(rest, null);
        browser.login("coord1", "demo");
        ResponseEntity<String> mypage = browser.get("/mypage");
        assertThat(mypage.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(mypage.getBody()).contains("href=\"/camunda/app/tasklist/\"", "タスク一覧");
        assertThat(browser.get("/mypage/groups/1").getStatusCode()).as("the group pages are the members'")
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void markingANoticeReadNeedsTheCsrfTokenAndOnlyTheRecipientMayDoIt() {
        notices.toUser("applicant1", "TEST", "ポータルのテスト通知（CSRF）", "本文", "TEST", null);
        long id = unread("ポータルのテスト通知（CSRF）").id();
        PortalSession browser = new PortalSession(rest, null);
        browser.login("applicant1", "demo");
        browser.get("/mypage/groups/1");

        ResponseEntity<String> forged = browser.post("/mypage/notices/" + id + "/read", new LinkedMultiValueMap<>(), false);
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(forged.getBody()).contains("この操作は受け付けられません").doesNotContain("Whitelabel");
        assertThat(unread("ポータルのテスト通知（CSRF）").readAt()).as("a refused POST changes nothing").isNull();

        PortalSession other = new PortalSession(rest, null);
        other.login("applicant2", "demo");
        other.get("/mypage/groups/2");
        assertThat(other.post("/mypage/notices/" + id + "/read", new LinkedMultiValueMap<>(), true).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unread("ポータルのテスト通知（CSRF）").readAt()).isNull();

        ResponseEntity<String> read = browser.post("/mypage/notices/" + id + "/read", new LinkedMultiValueMap<>(), true);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(unread("ポータルのテスト通知（CSRF）").readAt()).isNotNull();
    }

    @Test
    void signingInAndOutNeedTheCsrfToken() {
        PortalSession browser = new PortalSession(rest, null);
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", "applicant1");
        form.add("password", "demo");
        browser.get("/login");
        ResponseEntity<String> forged = browser.post("/login", form, false);
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(forged.getBody()).contains("この操作は受け付けられません");

        browser.login("applicant1", "demo");
        browser.get("/mypage/groups/1");
        assertThat(browser.post("/logout", new LinkedMultiValueMap<>(), false).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(browser.get("/mypage/groups/1").getStatusCode()).as("still signed in").isEqualTo(HttpStatus.OK);
        ResponseEntity<String> out = browser.post("/logout", new LinkedMultiValueMap<>(), true);
        assertThat(out.getHeaders().getLocation().toString()).endsWith("/?loggedOut");
        assertThat(browser.get("/mypage/groups/1").getStatusCode()).as("signed out").isEqualTo(HttpStatus.FOUND);
    }

    @Test
    void thePortalSessionDoesNotOpenTheApi() {
        PortalSession browser = new PortalSession(rest, null);
        browser.login("applicant1", "demo");
        ResponseEntity<String> api = browser.get("/api/notices");
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void browserErrorsAreJapanesePagesAndApiErrorsStayProblemJson() {
        ResponseEntity<String> missing = new PortalSession(rest, null).get("/no-such-page");
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody()).contains("<html lang=\"ja\"", "ページが見つかりません", "トップページへ戻る")
                .doesNotContain("Whitelabel", "Not Found");

        PortalSession browser = new PortalSession(rest, null);
        browser.login("applicant1", "demo");
        ResponseEntity<String> bad = browser.get("/mypage/groups/abc");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("リクエストの内容を確認してください").doesNotContain("Whitelabel");

        ResponseEntity<String> failed = browser.get("/mypage/test-support/failure");
        assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(failed.getBody()).contains("システムエラーが発生しました", "問い合わせ番号")
                .doesNotContain("Whitelabel", FailingPage.INTERNAL_DETAIL, "IllegalStateException");

        HttpHeaders json = new HttpHeaders();
        json.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        ResponseEntity<String> api = rest.withBasicAuth("applicant1", "demo").exchange("/api/groups/999999",
                org.springframework.http.HttpMethod.GET, new org.springframework.http.HttpEntity<>(json), String.class);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(api.getBody()).contains("\"detail\"", "団体が見つかりません").doesNotContain("<html");
    }

    private NoticeView unread(String title) {
        return notices.visibleTo(APPLICANT1).stream().filter(n -> n.title().equals(title)).findFirst().orElseThrow();
    }
}
