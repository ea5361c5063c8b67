package jp.kyodoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.groups.GroupApplicationRequest;
import jp.kyodoflow.groups.GroupRegistrationService;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.subsidy.SubsidyApplications;
import jp.kyodoflow.support.Api;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.MutableClock;
import jp.kyodoflow.support.PortalSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The Saku subsidy's portal pages over real HTTP on the shared context: the public call with its programmes,
 * tracks and expense categories; the 交付申請 form of a group of 岩村田 (佐久っと支援金 at 広報広聴課, fixed); bad
 * input refused with 400 at its fields, the input kept and nothing saved; an application through the form, granted,
 * its notice as a PDF to the group and "not found" (page and PDF) to another group; the login for マイページ.
 * Each test registers its own group, so the demo groups' one application per call stays free.
 */
@IntegrationTest
class SubsidyPagesHttpTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired TestRestTemplate rest;
    @Autowired GroupRegistrationService registrations;
    @Autowired SubsidyApplications applications;
    @Autowired IdentityService identity;
    @Autowired RuntimeService runtime;
    @Autowired Flow flow;
    @Autowired MutableClock clock;

    record Member(String userId, long groupId, String groupName) {
        CurrentUser user() {
            return new CurrentUser(userId, Set.of(Roles.APPLICANT, Roles.civicGroup(groupId)));
        }
    }

    @Test
    void thePublicPageShowsTheOpenCallsProgrammesTracksAndExpenseCategories() {
        PortalSession visitor = new PortalSession(rest, null);
        ResponseEntity<String> page = visitor.get("/subsidy");
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("まちづくり活動支援金", "受付期間", "佐久っと支援金", "広報広聴課",
                "駒の里過疎対策プロジェクト支援金", "望月支所", "佐久市望月", "上記以外の市内全域", "少額", "通常", "重点テーマ",
                "100,000円", "1,000,000円", "1,500,000円", "対象経費の 10/10", "書類審査", "地域の防災力の向上", "謝金",
                "構成員の飲食費", "構成員の飲食は事業に直接必要な経費ではありません", "対象外", "地域発元気づくり支援金",
                "ログインして申請する")
                .doesNotContain("??", "/mypage/subsidies/new", "SAKUTTO", "MEMBER_WAGES");

        ResponseEntity<String> awards = visitor.get("/subsidy/awards");
        assertThat(awards.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(awards.getBody()).contains("優良事業表彰").doesNotContain("??");
    }

    @Test
    void aGroupMemberSeesTheApplyLinkAndTheFormWithTheProgrammeOfItsAddress() {
        Member m = registerGroup("岩村田", "長野県佐久市岩村田5-6-7");
        PortalSession member = signedIn(m.userId());
        assertThat(member.get("/subsidy").getBody()).contains("href=\"/mypage/subsidies/new?group=" + m.groupId() + "\"",
                "申請する（" + m.groupName() + "）").doesNotContain("??");

        ResponseEntity<String> list = member.get("/mypage/subsidies");
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody()).contains(m.groupName(), "まだ申請はありません", "交付申請をする").doesNotContain("??");

        ResponseEntity<String> form = member.get("/mypage/subsidies/new?group=" + m.groupId());
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).contains("交付申請", "佐久っと支援金（広報広聴課）", "申請先は、登録された団体の所在地で決まります",
                "type=\"radio\" name=\"track\"", "value=\"SMALL\"", "value=\"PRIORITY\"", "移住者と地域をつなぐ活動",
                "name=\"lines[7].amountYen\"", "name=\"otherFunding[1].fundName\"", "構成員の飲食費（対象外）",
                "name=\"_csrf\"", "for=\"title\"", "for=\"lines-0-category\"")
                .doesNotContain("??", "name=\"lines[8].amountYen\"", "駒の里過疎対策プロジェクト支援金");

        MultiValueMap<String, String> more = application("SMALL", "行を増やしても残る事業名", "");
        more.set("action", "add-line");
        ResponseEntity<String> added = member.post("/mypage/subsidies/new?group=" + m.groupId(), more, true);
        assertThat(added.getStatusCode()).as("adding rows saves nothing and is no error").isEqualTo(HttpStatus.OK);
        assertThat(added.getBody()).contains("name=\"lines[11].amountYen\"", "value=\"行を増やしても残る事業名\"")
                .doesNotContain("??", "error-summary");
        assertThat(applications.mine(m.user(), m.groupId())).isEmpty();
    }

    @Test
    void badInputIsRefusedWith400AtItsFieldsWithTheInputKeptAndNothingSaved() {
        Member m = registerGroup("岩村田", "長野県佐久市岩村田8-9-10");
        PortalSession member = signedIn(m.userId());
        String path = "/mypage/subsidies/new?group=" + m.groupId();
        member.get(path);

        MultiValueMap<String, String> blank = application("SMALL", "", "90000");
        blank.set("lines[2].description", "会場の使用料");
        blank.remove("lines[2].category");
        blank.remove("lines[2].amountYen");
        ResponseEntity<String> refused = member.post(path, blank, true);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("入力内容を確認してください", "事業名を入力してください",
                "経費3の区分を入力してください", "経費3の金額を入力してください", "id=\"err-title\"", "id=\"err-lines-2-amountYen\"",
                "aria-invalid=\"true\"", "value=\"会場の使用料\"", "登下校の時間に通学路で見守りと声かけを行う")
                .doesNotContain("??");

        ResponseEntity<String> notANumber = member.post(path, application("SMALL", "通学路の見守り", "九万円"), true);
        assertThat(notANumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notANumber.getBody()).contains("申請額は半角数字で入力してください", "value=\"九万円\"").doesNotContain("??");

        // well-formed for the browser, refused by the service's rules: every reason at the top
        MultiValueMap<String, String> priority = application("PRIORITY", "通学路の見守り", "90000");
        LocalDate nextYear = FiscalYear.current(clock).next().firstDay();
        priority.set("periodTo", nextYear.toString());
        ResponseEntity<String> rules = member.post(path, priority, true);
        assertThat(rules.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rules.getBody()).contains("申請の内容を確認してください", "今年度の重点テーマから一つ選んでください",
                "事業期間は", "value=\"通学路の見守り\"", "id=\"track-PRIORITY\" value=\"PRIORITY\" checked")
                .doesNotContain("??");

        assertThat(applications.mine(m.user(), m.groupId())).as("nothing saved").isEmpty();
        assertThat(member.get("/mypage/subsidies").getBody()).contains("まだ申請はありません");
    }

    @Test
    void anApplicationThroughTheFormIsTheGroupsOwnAndAnotherGroupsIsNotFoundWithItsPdf() {
        Member m = registerGroup("岩村田", "長野県佐久市岩村田11-12");
        PortalSession member = signedIn(m.userId());
        String path = "/mypage/subsidies/new?group=" + m.groupId();
        member.get(path);
        ResponseEntity<String> sent = member.post(path, application("SMALL", "通学路の見守り（ポータル）", "90000"), true);
        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        String location = sent.getHeaders().getLocation().getPath();
        assertThat(location).matches("/mypage/subsidies/\\d+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(applications.mine(m.user(), m.groupId())).singleElement()
                .satisfies(s -> assertThat(s.title()).isEqualTo("通学路の見守り（ポータル）"));

        ResponseEntity<String> page = member.get(location + "?applied");
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("交付申請を受け付けました", "通学路の見守り（ポータル）", "佐久っと支援金（広報広聴課）",
                "少額", "90,000円", "地図の印刷", "広報費・印刷製本費", "まだ交付決定はありません", "お金の記録")
                .doesNotContain("??");

        // 要件審査 → 書類審査 → 交付決定 at 広報広聴課 and the approver, as in Tasklist
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey("SA-" + id).singleResult().getId();
        flow.runJobs(pi);
        new Api(rest, "koho1").complete(pi, "Task_ConfirmRequirements", Map.of("requirementsDecision", "ACCEPT"));
        new Api(rest, "koho1").complete(pi, "Task_ReviewDocuments", Map.of("documentRecommendation", "GRANT",
                "documentComment", "計画は具体的"));
        new Api(rest, "approver1").complete(pi, "Task_DecideGrant", Map.of("grantDecision", "GRANT", "grantedYen", 80_000,
                "grantReason", "ベストは既存のものを使えるため"));
        flow.runJobs(pi);
        var view = applications.view(m.user(), id);
        assertThat(view.status()).isEqualTo("GRANTED");
        long documentId = view.documents().get(0).id();

        String granted = member.get(location).getBody();
        assertThat(granted).contains("交付決定（実施中）", "80,000円", "ベストは既存のものを使えるため", "通知書（PDF）",
                "/mypage/subsidies/" + id + "/documents/" + documentId, "概算払の請求", "実績報告を書く", "事業の中止")
                .doesNotContain("??");
        ResponseEntity<String> pdf = download(member, "/mypage/subsidies/" + id + "/documents/" + documentId);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        assertThat(pdf.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("filename*=UTF-8''");
        assertThat(pdf.getBody()).startsWith("%PDF-");

        // an advance above the grant is refused on the page, and nothing is recorded
        MultiValueMap<String, String> advance = new LinkedMultiValueMap<>();
        advance.add("amountYen", "90000");
        ResponseEntity<String> tooMuch = member.post("/mypage/subsidies/" + id + "/advance", advance, true);
        assertThat(tooMuch.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooMuch.getBody()).contains("id=\"action-error\"", "概算払は交付決定額", "value=\"90000\"").doesNotContain("??");
        assertThat(applications.view(m.user(), id).advances()).isEmpty();

        // another group: neither the page nor the PDF, nor an action, and the list does not show it
        PortalSession other = signedIn("applicant2");
        ResponseEntity<String> notFound = other.get(location);
        assertThat(notFound.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(notFound.getBody()).doesNotContain("通学路の見守り（ポータル）");
        assertThat(download(other, "/mypage/subsidies/" + id + "/documents/" + documentId).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        other.get("/mypage/subsidies");
        assertThat(other.post("/mypage/subsidies/" + id + "/cancel", cancel(), true).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other.get("/mypage/subsidies").getBody()).doesNotContain("通学路の見守り（ポータル）");
        assertThat(applications.view(m.user(), id).status()).isEqualTo("GRANTED");
    }

    @Test
    void aSignedOutPersonIsSentToTheLoginForTheGroupsPages() {
        PortalSession visitor = new PortalSession(rest, null);
        for (String path : List.of("/mypage/subsidies", "/mypage/subsidies/new?group=1", "/mypage/subsidies/1",
                "/mypage/subsidies/1/documents/1", "/mypage/subsidies/1/report")) {
            ResponseEntity<String> page = visitor.get(path);
            assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.FOUND);
            assertThat(page.getHeaders().getLocation().getPath()).as(path).isEqualTo("/login");
        }
    }

    // --- fixtures

    /** The form as a group fills it: a 少額 plan of this fiscal year with three budget lines (one of them ineligible). */
    private MultiValueMap<String, String> application(String track, String title, String requested) {
        LocalDate today = LocalDate.now(clock);
        MultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        f.add("track", track);
        f.add("title", title);
        f.add("plan", "登下校の時間に通学路で見守りと声かけを行う。危ない場所の地図を作り全戸に配る");
        f.add("periodFrom", today.toString());
        f.add("periodTo", FiscalYear.current(clock).lastDay().toString());
        f.add("targets", "見守りに参加する住民 30人、危険箇所の地図 1種類");
        String[][] lines = {{"PUBLICITY", "地図の印刷", "60000"}, {"CONSUMABLES", "ベスト・腕章", "30000"},
                {"FOOD", "打ち合わせの弁当", "10000"}};
        for (int i = 0; i < lines.length; i++) {
            f.add("lines[" + i + "].category", lines[i][0]);
            f.add("lines[" + i + "].description", lines[i][1]);
            f.add("lines[" + i + "].amountYen", lines[i][2]);
        }
        for (int i = lines.length; i < SubsidyForm.LINE_ROWS; i++) {
            f.add("lines[" + i + "].category", "");
            f.add("lines[" + i + "].description", "");
            f.add("lines[" + i + "].amountYen", "");
        }
        f.add("requestedYen", requested);
        f.add("action", "submit");
        return f;
    }

    private static MultiValueMap<String, String> cancel() {
        MultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        f.add("reason", "他団体による中止");
        f.add("confirm", "true");
        return f;
    }

    /** A PDF through the portal session (the body read as text: its header "%PDF-" is ASCII). */
    private static ResponseEntity<String> download(PortalSession session, String path) {
        return session.get(path);
    }

    private PortalSession signedIn(String user) {
        PortalSession session = new PortalSession(rest, null);
        assertThat(session.login(user, "demo").getHeaders().getLocation().getPath()).isEqualTo("/mypage");
        return session;
    }

    /** A registered group at {@code address} with its officer (password demo), through the registration process. */
    private Member registerGroup(String area, String address) {
        int n = SEQ.incrementAndGet();
        String officer = "subsidy-portal-" + n + "-" + System.nanoTime() % 100_000;
        String name = area + "の見守り隊（支援金ポータル" + n + "-" + System.nanoTime() % 100_000 + "）";
        User u = identity.newUser(officer);
        u.setFirstName("団体 役員");
        u.setLastName("");
        u.setPassword("demo");
        identity.saveUser(u);
        identity.createMembership(officer, Roles.APPLICANT);
        var request = new GroupApplicationRequest(name, "VOLUNTEER", "代表 太郎", officer + "@example.jp", "0267-00-0000",
                address, 8, LocalDate.of(2020, 4, 1), List.of("MACHIZUKURI"),
                List.of(new GroupApplicationRequest.Person("代表 太郎", "代表", officer)), List.of(), true, true, true, true,
                true, true, true, true);
        var submitted = registrations.submit(new CurrentUser(officer, Set.of(Roles.APPLICANT)), request);
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey("GA-" + submitted.id()).singleResult().getId();
        flow.complete(pi, "Task_ReviewRegistration", "coord1", Map.of("registrationDecision", "REGISTER"));
        long groupId = registrations.application(flow.user("coord1"), submitted.id()).civicGroupId();
        return new Member(officer, groupId, name);
    }
}
