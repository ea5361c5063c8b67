package jp.kyodoflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.support.BrowserTest;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ProjectSteps;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Camunda's Tasklist in a real Chromium, as staff use it: sign in, open a task whose Camunda Form has
 * repeating rows, add a row, type, and complete with Tasklist's own 完了 (the forms carry no
 * completion button of their own any more). One browser for the class; it talks to 127.0.0.15, a
 * loopback address of its own. No axe check here: Tasklist's markup is Camunda's, not ours.
 */
@IntegrationTest
class TasklistBrowserTest extends BrowserTest {

    @Override
    protected String host() {
        return "127.0.0.15";
    }

    static final Duration TASKLIST_LOAD = Duration.ofSeconds(90);

    @Autowired ProjectSteps steps;
    @Autowired Flow flow;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired Clock clock;

    @BeforeEach
    void signedOut() {
        // a form left half filled must not hold the next page with a "leave this page?" prompt
        ((JavascriptExecutor) browser).executeScript("window.onbeforeunload = null");
        browser.get("about:blank");
        try {
            browser.switchTo().alert().accept();
        } catch (org.openqa.selenium.NoAlertPresentException none) {
            // nothing held the page
        }
        browser.get(base() + "/camunda/app/tasklist/");
        browser.manage().deleteAllCookies();
        ((JavascriptExecutor) browser).executeScript("window.localStorage.clear()");
        // leave the page: Tasklist's scripts still starting with the cookies gone could hold the next load
        browser.get("about:blank");
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, TASKLIST_LOAD);
    }

    void signIn(String user) {
        browser.get(base() + "/camunda/app/tasklist/");
        // Under load the login form can be visible before AngularJS has bound it (a click then sends
        // nothing): wait for the bound form, and type again if the first attempt did not get through.
        for (int attempt = 1; ; attempt++) {
            WebElement name = loginForm();
            name.clear();
            name.sendKeys(user);
            WebElement password = browser.findElement(By.cssSelector(".form-signin input[type=password]"));
            password.clear();
            password.sendKeys("demo");
            browser.findElement(By.cssSelector(".form-signin button[type=submit]")).click();
            try {
                new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                        ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".form-signin")));
                return;
            } catch (org.openqa.selenium.TimeoutException stillThere) {
                if (attempt == 3) {
                    throw stillThere;
                }
            }
        }
    }

    /** The bound login form; a page whose start hangs (a spinner after a sign-out) is loaded again. */
    WebElement loginForm() {
        By bound = By.cssSelector(".form-signin input[type=text].ng-pristine, .form-signin input[type=text].ng-dirty");
        for (int load = 1; load < 3; load++) {
            try {
                return new WebDriverWait(browser, TASKLIST_LOAD.dividedBy(3))
                        .until(ExpectedConditions.visibilityOfElementLocated(bound));
            } catch (org.openqa.selenium.TimeoutException hanging) {
                browser.navigate().refresh();
            }
        }
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(bound));
    }

    /** A project of kosodate1 at 協議・役割分担, whose form has three lists of rows; the process instance id. */
    String projectAtNegotiation(String title) {
        String pi = steps.raise(title).processInstanceId();
        steps.consider(pi, "YES");
        steps.chooseForm(pi, "COOPERATION_AGREEMENT");
        steps.selectPartner(pi, ProjectSteps.GROUP_1);
        return pi;
    }

    /** Opens the task in Tasklist, claims it and waits for its Camunda Form. */
    void openAndClaim(String taskId) {
        browser.get(base() + "/camunda/app/tasklist/default/#/?task=" + taskId);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form")));
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    }

    WebElement field(String id) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form [id$='-" + id + "']")));
    }

    /** A date as the date picker's text field takes it (the browser's locale format). */
    String typedDate(LocalDate date) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return new Intl.DateTimeFormat().format(new Date(arguments[0], arguments[1] - 1, arguments[2]))",
                date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    WebElement completeButton() {
        return browser.findElement(By.xpath("//button[contains(@class,'btn-primary') and normalize-space()='完了']"));
    }

    /** Fills the required fields of 協議・役割分担 and adds a second 成果目標 row. */
    void fillAgreement() {
        FiscalYear year = FiscalYear.current(clock);
        field("Field_purpose").sendKeys("子どもの居場所を週2回ひらく");
        field("Field_periodFrom-date").sendKeys(typedDate(LocalDate.now(clock)), Keys.TAB);
        field("Field_periodTo-date").sendKeys(typedDate(year.lastDay()), Keys.TAB);
        field("Field_targets_description_0").sendKeys("子ども食堂の開催");
        field("Field_targets_targetValue_0").sendKeys("24回");
        field("Field_cityRoles_description_0").sendKeys("公民館の調理室を提供する");
        field("Field_groupRoles_description_0").sendKeys("食堂の企画・運営");
        field("Field_cityContribution").sendKeys("300000");
        field("Field_groupOwnFunds").sendKeys("120000");
        browser.findElements(By.cssSelector(".fjs-repeat-render-add")).get(0).click();
        field("Field_targets_description_1").sendKeys("参加する子どもの数");
        field("Field_targets_targetValue_1").sendKeys("延べ300人");
    }

    void waitUntilCompleted(String pi) {
        waiting().until(d -> tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_NegotiateAgreement")
                .count() == 0);
    }

    @Test
    void staffAddARowTypeAndCompleteWithTasklistsOwnButton() {
        String pi = projectAtNegotiation("ブラウザで協議する事業");
        String taskId = flow.task(pi, "Task_NegotiateAgreement").getId();
        signIn("kosodate1");
        openAndClaim(taskId);

        assertThat(browser.findElement(By.cssSelector(".fjs-form")).getText()).doesNotContain("入力内容を確認して");
        assertThat(browser.findElements(By.cssSelector(".fjs-form button[type=submit], .fjs-form .fjs-button"))).isEmpty();
        fillAgreement();
        field("Field_risks").sendKeys("雨天時は室内で実施する");
        field("Field_schedule").click(); // the last field is left the way a mouse user leaves it
        WebElement complete = completeButton();
        waiting().until(ExpectedConditions.elementToBeClickable(complete)).click();

        waitUntilCompleted(pi);
        assertThat(String.valueOf(runtime.getVariable(pi, "targets")))
                .contains("子ども食堂の開催", "24回", "参加する子どもの数", "延べ300人");
        assertThat(runtime.getVariable(pi, "purpose")).isEqualTo("子どもの居場所を週2回ひらく");
        assertThat(runtime.getVariable(pi, "risks")).isEqualTo("雨天時は室内で実施する");
    }

    /**
     * The lost click: 完了 activated while the field just typed in still has the focus (a tablet's tap,
     * assistive technology; no blur, no wait). form-js hands typed text to the form state only after
     * 300 ms or on blur, and Tasklist reads that state at once; kyodo-forms-fix turns the delay off.
     */
    @Test
    void completeRightAfterTypingWithoutLeavingTheFieldStoresWhatWasTyped() {
        String pi = projectAtNegotiation("ブラウザですぐ完了する事業");
        String taskId = flow.task(pi, "Task_NegotiateAgreement").getId();
        signIn("kosodate1");
        openAndClaim(taskId);
        fillAgreement();
        WebElement risks = field("Field_risks");
        risks.click();
        WebElement complete = completeButton();
        waiting().until(ExpectedConditions.elementToBeClickable(complete));
        risks.sendKeys("雨天時は室内で実施する");
        // activated without moving the focus out of the field and without waiting
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", complete);

        waitUntilCompleted(pi);
        assertThat(runtime.getVariable(pi, "risks")).isEqualTo("雨天時は室内で実施する");
        assertThat(String.valueOf(runtime.getVariable(pi, "targets"))).contains("延べ300人");
    }

    /** The English that form-js shows unless kyodo-forms-fix translates it. */
    static final List<String> FORM_JS_ENGLISH = List.of("Field is required", "Field must", "Select", "Search",
            "Add new", "Remove", "Collapse", "Expand all", "No results", "All values selected", "Increment",
            "Decrement", "January", "December", "Sun", "Mon", "Sat", "Powered by");

    @Test
    void aFormWithADatePickerAndASelectSpeaksJapanese() {
        signIn("applicant3");
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action a"))).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.linkText("市民活動団体登録"))).click();
        WebElement form = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".modal-content .fjs-container")));

        WebElement groupName = field("Field_groupName");
        groupName.sendKeys("仮");
        groupName.sendKeys(Keys.BACK_SPACE, Keys.TAB);
        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".fjs-form-field-error")));
        assertThat(error.getText()).isEqualTo("この項目は必須です。");

        WebElement date = field("Field_foundedOn-date");
        js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", date);
        WebElement calendar = waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".modal-content .flatpickr-calendar.open")));
        assertThat(calendar.findElements(By.cssSelector(".flatpickr-weekday")).get(0).getText()).isEqualTo("日");
        assertThat(calendar.findElement(By.cssSelector(".flatpickr-monthDropdown-months")).getText()).contains("1月", "12月");
        String visible = form.getText() + " " + attributes(form);

        // (no Escape: it would close Tasklist's start dialog; moving on to the select closes the calendar)
        WebElement select = form.findElement(By.cssSelector(".fjs-form-field-select .fjs-select-display"));
        js("arguments[0].scrollIntoView({block: 'center'})", select);
        assertThat(select.getText()).isEqualTo("選択してください");
        select.click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-content .fjs-dropdownlist")));
        visible += " " + form.getText() + " " + attributes(form);

        assertThat(visible).contains("行を追加", "1行目を削除");
        for (String english : FORM_JS_ENGLISH) {
            assertThat(visible).as("form-js English").doesNotContain(english);
        }
    }

    /** 行政提案型: a department drafts a theme with Tasklist's start form; the coordinator forwards it in Tasklist. */
    @Test
    void aDepartmentDraftsAThemeInTasklistAndTheCoordinatorForwardsIt() {
        FiscalYear next = FiscalYear.current(clock).next();
        String title = "Tasklistで作ったテーマ " + System.nanoTime();
        signIn("kosodate1");
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action a"))).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.partialLinkText("テーマの作成と決裁"))).click();
        WebElement form = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".modal-content .fjs-container")));
        field("Field_fiscalYear").sendKeys(String.valueOf(next.year()));
        WebElement select = form.findElement(By.cssSelector(".fjs-form-field-select .fjs-select-display"));
        js("arguments[0].scrollIntoView({block: 'center'})", select);
        select.click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'fjs-dropdownlist-item') and normalize-space()='事業協力・協定']"))).click();
        field("Field_title").sendKeys(title);
        field("Field_problem").sendKeys("乳幼児のいる家庭の備えが進んでいない");
        field("Field_desiredOutcome").sendKeys("ハンドブックを3,000部配布する");
        field("Field_expectedWork").sendKeys("ハンドブックの編集と講座");
        WebElement ceiling = field("Field_budgetCeilingYen");
        js("arguments[0].scrollIntoView({block: 'center'})", ceiling);
        ceiling.sendKeys("400000");
        field("Field_periodFrom-date").sendKeys(typedDate(next.firstDay()), Keys.TAB);
        field("Field_periodTo-date").sendKeys(typedDate(next.lastDay()), Keys.TAB);
        WebElement start = waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".modal-footer button.btn-primary")));
        start.click();
        waiting().until(d -> runtime.createProcessInstanceQuery().processDefinitionKey("AdministrationThemeProcess")
                .variableValueEquals("title", title).count() == 1);
        String pi = runtime.createProcessInstanceQuery().processDefinitionKey("AdministrationThemeProcess")
                .variableValueEquals("title", title).singleResult().getId();
        assertThat(runtime.getVariable(pi, "themeDepartment")).isEqualTo("dept-kosodate");
        assertThat(((Number) runtime.getVariable(pi, "budgetCeilingYen")).longValue()).isEqualTo(400000L);

        browser.manage().deleteAllCookies();
        signedOut();
        signIn("coord1");
        openAndClaim(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_ReviewTheme").singleResult().getId());
        assertThat(field("Field_themeSummary").getAttribute("value")).contains(title, "400,000円", "子育て支援課");
        browser.findElement(By.xpath("//label[normalize-space()='決裁へ進める']")).click();
        WebElement complete = completeButton();
        js("arguments[0].scrollIntoView({block: 'center'})", complete);
        waiting().until(ExpectedConditions.elementToBeClickable(complete)).click();
        waiting().until(d -> tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_ApproveTheme").count() == 1);
    }

    @Test
    void createATaskIsNotOfferedToDepartmentStaff() {
        signIn("kosodate1");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".start-process-action a")));
        WebElement createTask = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".create-task-action")));
        assertThat(createTask.isDisplayed()).isFalse();
    }

    @Test
    void createATaskIsOfferedToAnAdministrator() {
        signIn("admin");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".create-task-action")));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** The aria-labels, placeholders and titles inside an element. */
    String attributes(WebElement root) {
        return String.valueOf(js("return [...arguments[0].querySelectorAll('[aria-label],[placeholder],[title]')]"
                + ".map(e => [e.getAttribute('aria-label'), e.getAttribute('placeholder'), e.getAttribute('title')]"
                + ".filter(Boolean).join(' ')).join(' ')", root));
    }
}
