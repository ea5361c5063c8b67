package jp.kyodoflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import jp.kyodoflow.groups.GroupRegistrationService;
import jp.kyodoflow.notices.NoticeService;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.Requests;
import org.camunda.bpm.engine.RuntimeService;
import jp.kyodoflow.support.Api;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.PortalSession;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A group's page lists that group's notices only: those to the group and the person's own about the
 * group's cases, not the person's other notices (another group's, a task's); /api/notices says whom
 * each notice is for and which group it is about.
 */
@IntegrationTest
class GroupPageNoticesHttpTest {

    @Autowired TestRestTemplate rest;
    @Autowired NoticeService notices;
    @Autowired IdentityService identity;
    @Autowired GroupRegistrationService registrations;
    @Autowired RuntimeService runtime;
    @Autowired Flow flow;

    @Test
    void aPersonOfTwoGroupsSeesEachGroupsNoticesOnItsOwnPage() {
        String user = "twogroups" + System.nanoTime() % 1_000_000;
        var u = identity.newUser(user);
        u.setPassword("demo-" + user);
        u.setEmail(user + "@example.jp");
        identity.saveUser(u);
        identity.createMembership(user, "applicant");
        identity.createMembership(user, "group-1");
        identity.createMembership(user, "group-2");
        String forOne = "一の会へ" + user;
        String forTwo = "二の会へ" + user;
        String own = "本人へ" + user;
        notices.toGroup("group-1", "REMINDER", forOne, forOne + "の本文", "PROPOSAL", null);
        notices.toGroup("group-2", "REMINDER", forTwo, forTwo + "の本文", "PROPOSAL", null);
        notices.toUser(user, "REMINDER", own, own + "の本文", "TASK", null);

        PortalSession browser = new PortalSession(rest, null);
        browser.login(user, "demo-" + user);
        String one = browser.get("/mypage/groups/1").getBody();
        assertThat(one).contains(forOne).doesNotContain(forTwo);
        assertThat(one.substring(0, one.indexOf(forOne))).as("the group's notices first").doesNotContain(own);
        assertThat(one.substring(one.indexOf("あなた個人へのお知らせ"))).as("then the person's own").contains(own)
                .doesNotContain(forOne);
        assertThat(browser.get("/mypage/groups/2").getBody()).contains(forTwo, own).doesNotContain(forOne);
        assertThat(browser.get("/mypage").getBody()).as("the overview keeps every notice").contains(forOne, forTwo, own);

        var json = new Api(rest, "applicant1").list("/api/notices").getBody();
        assertThat(json).anySatisfy(n -> {
            assertThat(n.get("title")).isEqualTo(forOne);
            assertThat(n).containsEntry("recipientType", "GROUP").containsEntry("recipientId", "group-1");
            assertThat(((Number) n.get("civicGroupId")).longValue()).isEqualTo(1L);
        });
        assertThat(json).noneMatch(n -> forTwo.equals(n.get("title")));
    }

    @Test
    void theApplicantsOwnRegistrationNoticeShowsOnTheNewGroupsPage() {
        String name = "通知の仕分けの会" + System.nanoTime() % 1_000_000;
        var application = registrations.submit(new CurrentUser("applicant3", Set.of(Roles.APPLICANT)),
                Requests.eligibleGroup(name));
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey("GA-" + application.id())
                .singleResult().getId();
        flow.complete(pi, "Task_ReviewRegistration", "coord1", Map.of("registrationDecision", "REGISTER"));
        long groupId = registrations.application(flow.user("coord1"), application.id()).civicGroupId();

        assertThat(notices.visibleTo(flow.user("applicant3"), groupId)).singleElement().satisfies(n -> {
            assertThat(n.recipientType()).isEqualTo("USER");
            assertThat(n.body()).contains("「" + name + "」を市民活動団体として登録しました");
        });
        PortalSession browser = new PortalSession(rest, null);
        browser.login("applicant3", "demo");
        assertThat(browser.get("/mypage/groups/" + groupId).getBody()).contains("「" + name + "」を市民活動団体として登録しました");
    }
}
