package jp.kyodoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import jp.kyodoflow.groups.GroupRegistrationService;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.PortalSession;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Applying to register a group in the portal, refusals at their fields, correction after 差戻し, isolation. */
@IntegrationTest
class PortalGroupApplicationHttpTest {

    static final CurrentUser APPLICANT3 = new CurrentUser("applicant3", Set.of(Roles.APPLICANT));

    @Autowired TestRestTemplate rest;
    @Autowired GroupRegistrationService registrations;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired Flow flow;

    static MultiValueMap<String, String> application(String name) {
        MultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        f.add("groupName", name);
        f.add("groupType", "VOLUNTEER");
        f.add("representativeName", "代表 花子");
        f.add("contactEmail", "daihyo@example.jp");
        f.add("baseAddress", "長野県佐久市銀座1-1-1");
        f.add("memberCount", "8");
        f.add("activityFields", "KOSODATE");
        f.add("officers[0].name", "代表 花子");
        f.add("officers[0].role", "代表");
        f.add("hasBylaws", "true");
        f.add("hasAccounting", "true");
        for (String d : GroupApplicationForm.DECLARATIONS) {
            f.add("declarations", d);
        }
        return f;
    }

    PortalSession signedIn(String user) {
        PortalSession s = new PortalSession(rest, null);
        s.login(user, "demo");
        return s;
    }

    @Test
    void anApplicantAppliesIsRefusedAtTheFieldsThenSendsAndReadsTheApplication() {
        PortalSession me = signedIn("applicant3");
        assertThat(me.get("/mypage").getBody()).contains("新しい団体の登録を申請する", "/mypage/groups/apply");
        ResponseEntity<String> form = me.get("/mypage/groups/apply");
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).contains("市民活動団体の登録申請", "ボランティア団体", "子育て", "暴力団及びその統制下にある団体ではない")
                .doesNotContain(">VOLUNTEER<", ">KOSODATE<");
        int before = registrations.applicationsVisibleTo(APPLICANT3).size();

        MultiValueMap<String, String> bad = application("ポータル申請の会");
        bad.set("contactEmail", "not-an-address");
        bad.set("memberCount", "0");
        bad.add("action", "send");
        ResponseEntity<String> refused = me.post("/mypage/groups/apply", bad, true);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(refused.getBody()).contains("連絡先メール：メールアドレスの形式で入力してください", "会員数：1以上で入力してください",
                "id=\"err-contactEmail\"", "href=\"#memberCount\"", "value=\"ポータル申請の会\"", "value=\"not-an-address\"");
        MultiValueMap<String, String> letters = application("ポータル申請の会");
        letters.set("memberCount", "八人");
        assertThat(me.post("/mypage/groups/apply", letters, true).getBody()).contains("会員数は半角数字で入力してください", "value=\"八人\"");
        assertThat(registrations.applicationsVisibleTo(APPLICANT3)).hasSize(before);

        ResponseEntity<String> sent = me.post("/mypage/groups/apply", application("ポータル申請の会"), true);
        String page = sent.getHeaders().getLocation().getPath();
        assertThat(page).matches("/mypage/applications/\\d+");
        assertThat(me.get(page + "?sent").getBody()).contains("申請を送りました", "審査中", "ポータル申請の会");
        assertThat(registrations.applicationsVisibleTo(APPLICANT3)).hasSize(before + 1);
    }

    @Test
    void aSentBackApplicationIsCorrectedInThePortalThroughTheCorrectionTask() {
        PortalSession me = signedIn("applicant3");
        me.get("/mypage/groups/apply");
        MultiValueMap<String, String> first = application("差戻しを受ける会");
        first.set("memberCount", "6");
        long id = Long.parseLong(me.post("/mypage/groups/apply", first, true).getHeaders().getLocation().getPath().split("/")[3]);
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey("GA-" + id).singleResult().getId();
        flow.complete(pi, "Task_ReviewRegistration", "coord1",
                Map.of("registrationDecision", "SEND_BACK", "decisionReason", "会員名簿を添えてください"));

        ResponseEntity<String> page = me.get("/mypage/applications/" + id);
        assertThat(page.getBody()).contains("差戻し（修正待ち）", "会員名簿を添えてください", "修正期限", "修正して再申請する",
                "value=\"差戻しを受ける会\"");
        MultiValueMap<String, String> blank = application("");
        assertThat(me.post("/mypage/applications/" + id + "/correct", blank, true).getBody()).contains("団体名：", "err-groupName");
        assertThat(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_CorrectApplication").count()).isOne();

        MultiValueMap<String, String> corrected = application("差戻しを受ける会");
        corrected.set("memberCount", "6");
        corrected.add("members[0].name", "会員 一郎");
        ResponseEntity<String> resent = me.post("/mypage/applications/" + id + "/correct", corrected, true);
        assertThat(resent.getHeaders().getLocation().toString()).endsWith("/mypage/applications/" + id + "?sent");
        var after = registrations.application(APPLICANT3, id);
        assertThat(after.status()).isEqualTo("SUBMITTED");
        assertThat(after.content().members()).extracting(p -> p.name()).containsExactly("会員 一郎");
        assertThat(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_ReviewRegistration").count()).isOne();

        PortalSession other = signedIn("applicant2");
        other.get("/mypage/groups/2");
        assertThat(other.get("/mypage/applications/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other.post("/mypage/applications/" + id + "/correct", corrected, true).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        PortalSession staff = signedIn("coord1");
        assertThat(staff.get("/mypage/groups/apply").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
