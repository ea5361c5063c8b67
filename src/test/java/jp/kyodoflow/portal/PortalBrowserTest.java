package jp.kyodoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kyodoflow.notices.NoticeService;
import jp.kyodoflow.support.Accessibility;
import jp.kyodoflow.support.Browser;
import jp.kyodoflow.support.BrowserTest;
import jp.kyodoflow.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The portal in a real Chromium, as a visitor and group members use it. One browser for the class;
 * each test starts signed out. The browser talks to 127.0.0.9, a loopback address of its own, so that
 * its one wrong password counts against no other test's login source.
 */
@IntegrationTest
class PortalBrowserTest extends BrowserTest {

    @Override
    protected String host() {
        return "127.0.0.9";
    }

    @Autowired NoticeService notices;

    @BeforeEach
    void signedOut() {
        open("/");
        browser.manage().deleteAllCookies();
    }

    String text() {
        // a click that submits a form returns before the next page is there: wait for its body
        return new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> d.findElement(By.tagName("body"))).getText();
    }

    @Test
    void aVisitorReadsTheOpenCallWithoutSigningIn() {
        open("/");
        WebElement call = browser.findElements(By.cssSelector("section.call")).stream()
                .filter(c -> c.getText().contains("市民提案型協働事業")).findFirst().orElseThrow(); // other tests open calls too
        assertThat(call.getText()).contains("募集期間", "締切は", "事前相談", "必要です");
        assertThat(browser.findElement(By.linkText("ログイン")).isDisplayed()).isTrue();
        assertThat(browser.getTitle()).contains("協働フロー");
        Accessibility.assertNoSeriousViolations(browser);
        open("/login");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void aGroupMemberSignsInReadsANoticeAndMarksItRead() {
        notices.toUser("applicant1", "TEST", "ブラウザのテスト通知", "ポータルで読んでください。", "TEST", null);
        signIn("applicant1", "demo");

        assertThat(browser.getCurrentUrl()).endsWith("/mypage/groups/1");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("マイページ：佐久こども食堂ネットワーク");
        assertThat(browser.findElement(By.id("register-entry")).getText()).contains("登録番号", "登録済み", "子育て");
        WebElement notice = noticeRow("ブラウザのテスト通知");
        assertThat(notice.getText()).contains("未読");
        Accessibility.assertNoSeriousViolations(browser);
        Browser.clickAndWait(browser, notice.findElement(By.tagName("button")));

        assertThat(browser.getCurrentUrl()).endsWith("/mypage/groups/1");
        assertThat(noticeRow("ブラウザのテスト通知").getText()).contains("既読").doesNotContain("未読");

        Browser.clickAndWait(browser, browser.findElement(By.xpath("//button[text()='ログアウト']")));
        assertThat(text()).contains("ログアウトしました");
        open("/mypage");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void aWrongPasswordIsToldInJapanese() {
        signIn("applicant1", "not-the-password");
        assertThat(browser.findElement(By.id("login-error")).getText()).contains("ユーザーIDまたはパスワードが正しくありません");
        assertThat(browser.getCurrentUrl()).endsWith("/login?error");
        Accessibility.assertNoSeriousViolations(browser);
    }

    @Test
    void aMemberOfAnotherGroupCannotOpenGroupOnesPageByItsAddress() {
        signIn("applicant2", "demo");
        assertThat(browser.getCurrentUrl()).endsWith("/mypage/groups/2");
        open("/mypage/groups/1");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ページが見つかりません");
        assertThat(text()).doesNotContain("佐久こども食堂ネットワーク", "Whitelabel");
        Accessibility.assertNoSeriousViolations(browser);
    }

    private WebElement noticeRow(String title) {
        return browser.findElements(By.cssSelector("#notices tbody tr, #personal-notices tbody tr")).stream()
                .filter(row -> row.getText().contains(title)).findFirst().orElseThrow();
    }

}
