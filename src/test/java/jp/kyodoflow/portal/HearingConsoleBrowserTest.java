package jp.kyodoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.kyodoflow.support.Accessibility;
import jp.kyodoflow.support.Browser;
import jp.kyodoflow.support.BrowserTest;
import jp.kyodoflow.support.HearingRounds;
import jp.kyodoflow.support.HearingRounds.Hearing;
import jp.kyodoflow.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hearing console in a real Chromium on a 10-inch tablet's window (800×1280 portrait, 1280×800
 * landscape): a member opens the hearing, taps scores, watches the running total, saves per proposal and
 * submits the sheet; a recused member sees 除斥 and no inputs; the secretariat's paper page. axe-core on
 * every page. The browser talks to 127.0.0.12, a loopback address of its own.
 */
@IntegrationTest
class HearingConsoleBrowserTest extends BrowserTest {

    @Override
    protected String host() {
        return "127.0.0.12";
    }

    static final List<String> TITLES = List.of("提案A 子ども食堂の拡充", "提案B 防災マップづくり", "提案C 川辺の清掃活動");

    @Autowired HearingRounds hearings;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void signedOutOnATablet() {
        open("/");
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(800, 1280));
    }

    void signIn(String user) {
        signIn(user, "demo");
    }

    String total() {
        return browser.findElement(By.id("running-total")).getText();
    }

    void tap(String criterion, int score) {
        browser.findElement(By.cssSelector("label[for='score-" + criterion + "-" + score + "']")).click();
    }

    /** Nothing wider than the window: no horizontal scrolling on the tablet. */
    void fitsTheScreen() {
        Object wider = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        assertThat(wider).as("horizontal scroll on " + browser.getCurrentUrl()).isEqualTo(false);
    }

    @Test
    void aMemberScoresTheHearingOnATabletWithARunningTotalAndSubmitsTheSheet() {
        Hearing h = hearings.start("タブレット採点テスト", List.of("hb-a", "hb-b"), TITLES, "hb-b");
        signIn("hb-a");
        open("/hearing");
        Accessibility.assertNoSeriousViolations(browser);
        fitsTheScreen();
        Browser.clickAndWait(browser, browser.findElement(By.cssSelector("a[href='/hearing/rounds/" + h.roundId() + "']")));

        // the day's hearing: the order of appearance with slot times
        List<WebElement> order = browser.findElements(By.cssSelector("#appearance li"));
        assertThat(order).hasSize(3);
        assertThat(order.get(0).getText()).contains("1番 13:30〜", TITLES.get(2), "未採点");
        assertThat(order.get(2).getText()).contains("3番 14:00〜", TITLES.get(0), "佐久こども食堂ネットワーク");
        Accessibility.assertNoSeriousViolations(browser);
        fitsTheScreen();
        Browser.clickAndWait(browser, order.get(0).findElement(By.cssSelector("a.proposal")));

        // one proposal: big score buttons, the running weighted total changes as the member taps
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(TITLES.get(2));
        WebElement button = browser.findElement(By.cssSelector("label[for='score-public-5']"));
        assertThat(button.getSize().getHeight()).isGreaterThanOrEqualTo(48);
        assertThat(button.getSize().getWidth()).isGreaterThanOrEqualTo(48);
        assertThat(total()).isEqualTo("0");
        tap("public", 4);
        assertThat(total()).isEqualTo("8");
        tap("feasible", 3);
        assertThat(total()).isEqualTo("11");
        tap("public", 5);
        assertThat(total()).isEqualTo("13");
        assertThat(browser.findElement(By.id("score-public-5")).isSelected()).isTrue();
        browser.findElement(By.id("comment")).sendKeys("具体的で実現しやすい");
        Accessibility.assertNoSeriousViolations(browser);
        fitsTheScreen();
        browser.manage().window().setSize(new Dimension(1280, 800));
        fitsTheScreen();
        browser.manage().window().setSize(new Dimension(800, 1280));
        Browser.clickAndWait(browser, browser.findElement(By.id("save")));

        // saved; the next in order of appearance opens
        assertThat(browser.findElement(By.id("saved")).getText()).contains("保存しました");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(TITLES.get(1));
        tap("public", 3);
        tap("feasible", 3);
        assertThat(total()).isEqualTo("9");
        Browser.clickAndWait(browser, browser.findElement(By.id("save")));

        // the recused proposal for hb-b is an ordinary one for hb-a
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(TITLES.get(0));
        Browser.clickAndWait(browser, browser.findElement(By.id("previous")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(TITLES.get(1));
        assertThat(total()).isEqualTo("9");
        Browser.clickAndWait(browser, browser.findElement(By.id("next")));
        tap("public", 2);
        tap("feasible", 1);
        assertThat(total()).isEqualTo("5");
        Browser.clickAndWait(browser, browser.findElement(By.id("save")));

        // back at the hearing: every proposal scored, the sheet submitted
        assertThat(browser.findElements(By.cssSelector("#appearance li")).stream().map(WebElement::getText))
                .allMatch(t -> t.contains("採点済み"));
        assertThat(browser.findElement(By.id("appearance")).getText()).contains("合計 13点／15点", "合計 9点／15点", "合計 5点／15点");
        Browser.clickAndWait(browser, browser.findElement(By.cssSelector("#submit-sheet button")));
        assertThat(browser.findElement(By.id("submitted")).getText()).contains("採点票を提出しました");
        assertThat(browser.findElement(By.id("appearance")).getText()).contains("提出済み");
        Accessibility.assertNoSeriousViolations(browser);
        assertThat(jdbc.queryForObject("select count(*) from review_score where round_id = ? and user_id = 'hb-a'", Long.class,
                h.roundId())).isEqualTo(6);
    }

    @Test
    void aRecusedMemberSeesJosekiAndNoInputs() {
        Hearing h = hearings.start("タブレット除斥テスト", List.of("hb2-a", "hb2-b"), TITLES, "hb2-b");
        signIn("hb2-b");
        open("/hearing/rounds/" + h.roundId());
        WebElement recused = browser.findElement(By.cssSelector("#appearance li[data-proposal='" + h.proposalIds().get(0) + "']"));
        assertThat(recused.getText()).contains("除斥");
        Browser.clickAndWait(browser, recused.findElement(By.cssSelector("a.proposal")));
        assertThat(browser.findElement(By.id("recused")).getText()).contains("除斥");
        assertThat(browser.findElements(By.cssSelector("input[type=radio]"))).isEmpty();
        assertThat(browser.findElements(By.id("score-form"))).isEmpty();
        Accessibility.assertNoSeriousViolations(browser);
        fitsTheScreen();
    }

    @Test
    void theSecretariatsPaperEntryPageIsAccessible() {
        Hearing h = hearings.start("タブレット代理入力テスト", List.of("hb3-a"), TITLES, null);
        signIn("coord1");
        open("/staff/rounds/" + h.roundId() + "/paper-sheets/hb3-a");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("紙の採点票の代理入力");
        Accessibility.assertNoSeriousViolations(browser);
        fitsTheScreen();
    }
}
