package jp.kyodoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.notices.MailLog;
import jp.kyodoflow.notices.NoticeService;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.PortalSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.ExtendedModelMap;

/** The demo's mail page over HTTP: a sign-in, one's own mails only, everything for the coordinator, linked from マイページ. */
@IntegrationTest
class DemoMailsHttpTest {

    @Autowired TestRestTemplate rest;
    @Autowired NoticeService notices;
    @Autowired MailLog mails;

    String noticeTo(String userId, String what) {
        String text = what + System.nanoTime();
        notices.toUser(userId, "REMINDER", "task-reminder", Map.of("taskName", text, "due", java.time.LocalDate.of(2026, 12, 24)),
                "TASK", null);
        return text;
    }

    ResponseEntity<String> page(String user) {
        PortalSession browser = new PortalSession(rest, null);
        browser.login(user, "demo");
        return browser.get("/demo/mails");
    }

    @Test
    void eachPersonSeesTheMailsToTheirOwnAddressAndTheCoordinatorSeesAll() {
        String forOne = noticeTo("applicant1", "一番の確認");
        String forTwo = noticeTo("applicant2", "二番の確認");

        ResponseEntity<String> one = page("applicant1");
        assertThat(one.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(one.getBody()).contains("デモで送信されたメール", "applicant1@demo.kyodoflow.jp", "期限が近づいています：" + forOne,
                "このメールは佐久市の協働フローから自動で送信しています。", "あなたのメールアドレス宛て")
                .doesNotContain(forTwo, "applicant2@demo.kyodoflow.jp", "PENDING", "CAPTURED");
        assertThat(page("applicant2").getBody()).contains(forTwo).doesNotContain(forOne, "applicant1@demo.kyodoflow.jp");
        assertThat(page("coord1").getBody()).contains(forOne, forTwo, "すべての宛先");
        assertThat(page("kosodate1").getBody()).doesNotContain(forOne, forTwo);
    }

    @Test
    void thePageNeedsASignInAndIsLinkedFromMyPage() {
        ResponseEntity<String> anonymous = new PortalSession(rest, null).get("/demo/mails");
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(anonymous.getHeaders().getLocation().getPath()).isEqualTo("/login");

        PortalSession browser = new PortalSession(rest, null);
        browser.login("applicant1", "demo");
        assertThat(browser.get("/mypage/groups/1").getBody()).contains("href=\"/demo/mails\"", "デモで送信されたメールを見る");
        browser.login("coord1", "demo");
        assertThat(browser.get("/mypage").getBody()).contains("href=\"/demo/mails\"");
    }

    @Test
    void withoutTheDemosMailPageTheAddressIsNotFound() {
        assertThat(mails.open()).as("the test context runs with the demo profile").isTrue();
        var closed = new DemoMailPage(mails, false);
        assertThatThrownBy(() -> closed.mails(new CurrentUser("coord1", Set.of("coordinator")), new ExtendedModelMap()))
                .isInstanceOf(NotFoundException.class);
    }
}
