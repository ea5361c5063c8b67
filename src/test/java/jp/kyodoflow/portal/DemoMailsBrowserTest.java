package jp.kyodoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import jp.kyodoflow.notices.NoticeService;
import jp.kyodoflow.support.Accessibility;
import jp.kyodoflow.support.BrowserTest;
import jp.kyodoflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's mail page in a real Chromium: a group member follows the link from マイページ and reads the
 * mail that a notice to them made, keyboard and axe-core included. Its own loopback address, 127.0.0.14.
 */
@IntegrationTest
class DemoMailsBrowserTest extends BrowserTest {

    @Override
    protected String host() {
        return "127.0.0.14";
    }

    @Autowired NoticeService notices;

    void waitFor(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("still at " + browser.getCurrentUrl() + ": "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    @Test
    void aGroupMemberFindsTheMailOfTheirNoticeFromMyPage() {
        String task = "ブラウザ確認" + System.nanoTime();
        notices.toGroup("group-1", "REMINDER", "task-reminder", Map.of("taskName", task,
                "due", java.time.LocalDate.of(2026, 12, 24)), "PROPOSAL", null);

        signIn("applicant1", "demo");
        waitFor(ExpectedConditions.urlContains("/mypage/groups/1"));
        browser.findElement(By.linkText("デモで送信されたメールを見る")).click();

        waitFor(ExpectedConditions.urlContains("/demo/mails"));
        assertThat(browser.getTitle()).contains("デモで送信されたメール");
        var mail = browser.findElements(By.cssSelector("#mails li.mail")).stream()
                .filter(m -> m.getText().contains(task)).findFirst().orElseThrow();
        assertThat(mail.findElement(By.tagName("h2")).getText()).isEqualTo("期限が近づいています：" + task);
        assertThat(mail.getText()).contains("applicant1@demo.kyodoflow.jp", "マイページで確認してください：",
                "このメールは佐久市の協働フローから自動で送信しています。");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("PENDING", "CAPTURED", "SENT");
        Accessibility.assertNoSeriousViolations(browser);
    }
}
