package jp.kyodoflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ProjectSteps;
import jp.kyodoflow.support.SqlStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A department's inbox through our API and through the engine's filter API (what Tasklist calls): paged,
 * filtered in SQL, and the same number of statements for a page whether the department has 3 tasks or 23.
 */
@IntegrationTest
class TaskInboxHttpTest {

    @Autowired TestRestTemplate rest;
    @Autowired ProjectSteps steps;
    @Autowired org.camunda.bpm.engine.FilterService filters;
    @Autowired org.camunda.bpm.engine.IdentityService identity;

    ResponseEntity<List<Map<String, Object>>> tasks(String user, String query) {
        return rest.withBasicAuth(user, "demo").exchange("/api/tasks" + query, HttpMethod.GET, null,
                new ParameterizedTypeReference<>() { });
    }

    ResponseEntity<String> raw(String user, HttpMethod method, String path) {
        return rest.withBasicAuth(user, "demo").exchange(path, method, null, String.class);
    }

    @Test
    void aPageOfTheInboxCostsTheSameStatementsAtThreeTasksAndAtTwentyThree() {
        for (int i = 0; i < 3; i++) {
            steps.raise("受信箱の計測 " + i);
        }
        tasks("kosodate1", "?size=2"); // warm: caches of definitions and the login
        SqlStatements.Counted few = SqlStatements.count(() -> tasks("kosodate1", "?size=2")).statements();
        for (int i = 3; i < 23; i++) {
            steps.raise("受信箱の計測 " + i);
        }
        tasks("kosodate1", "?size=2");
        var page = SqlStatements.count(() -> tasks("kosodate1", "?size=2"));
        SqlStatements.Counted many = page.statements();

        assertThat(page.result().getBody()).hasSize(2);
        assertThat(many.own()).as("our statements: %s", many).isEqualTo(few.own()).isZero();
        assertThat(many.engineCount()).as("engine statements at 23 tasks: %s\nat 3: %s", many, few)
                .isEqualTo(few.engineCount()).isLessThanOrEqualTo(4);

        assertThat(many.engine()).as("the authorization check is in the WHERE clause, not a join (TaskQueryAuthorizationInWhere)")
                .anyMatch(sql -> sql.startsWith("SELECT COUNT(*)") && sql.replaceAll("\\s+", " ")
                        .contains("RES.ID_ IN ( SELECT A.RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION A"))
                .noneMatch(sql -> sql.contains("AUTH ON"));

        String filterId = filters.createFilterQuery().filterName("グループのタスク").singleResult().getId();
        raw("kosodate1", HttpMethod.POST, "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15");
        var list = SqlStatements.count(() -> raw("kosodate1", HttpMethod.POST,
                "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15"));
        var count = SqlStatements.count(() -> raw("kosodate1", HttpMethod.GET, "/engine-rest/filter/" + filterId + "/count"));
        assertThat(list.result().getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(count.result().getBody()).matches("\\{\"count\":\\d+}");
        for (int i = 23; i < 33; i++) {
            steps.raise("受信箱の計測 " + i);
        }
        var listMore = SqlStatements.count(() -> raw("kosodate1", HttpMethod.POST,
                "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15"));
        var countMore = SqlStatements.count(() -> raw("kosodate1", HttpMethod.GET, "/engine-rest/filter/" + filterId + "/count"));
        assertThat(listMore.statements().total()).as("Tasklist's filter list: %s", listMore.statements())
                .isEqualTo(list.statements().total());
        assertThat(countMore.statements().total()).as("Tasklist's filter count: %s", countMore.statements())
                .isEqualTo(count.statements().total());
    }

    @Test
    void thePageSaysTheTotalAndLinksTheNextAndAFilterNarrowsToOneCase() {
        String pi = steps.raise("受信箱のページ").processInstanceId();
        steps.raise("受信箱のページ 2");
        var first = tasks("kosodate1", "?page=0&size=1");
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        long total = Long.parseLong(first.getHeaders().getFirst("X-Total-Count"));
        assertThat(total).isGreaterThanOrEqualTo(2);
        assertThat(first.getHeaders().getFirst("Link")).contains("page=1", "size=1", "rel=\"next\"");
        var beyond = tasks("kosodate1", "?page=" + total + "&size=1");
        assertThat(beyond.getBody()).isEmpty();
        assertThat(beyond.getHeaders().getFirst("Link")).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");

        var one = tasks("kosodate1", "?processInstanceId=" + pi);
        assertThat(one.getBody()).singleElement().satisfies(t -> {
            assertThat(t).containsEntry("processInstanceId", pi).containsEntry("taskKey", "Task_ConsiderCollaboration")
                    .containsEntry("processKey", "CollaborationProjectProcess");
        });
        assertThat(tasks("kosodate1", "?processInstanceId=" + pi + "&taskKey=Task_Other").getBody()).isEmpty();
        assertThat(tasks("bosai1", "?processInstanceId=" + pi).getBody())
                .as("another department does not see the case's task").isEmpty();
    }

    @Test
    void aFirstPageThatHoldsEverythingNeedsNoCount() {
        String pi = steps.raise("受信箱の一件").processInstanceId();
        tasks("kosodate1", "?processInstanceId=" + pi);
        var one = SqlStatements.count(() -> tasks("kosodate1", "?processInstanceId=" + pi));
        var full = SqlStatements.count(() -> tasks("kosodate1", "?size=1"));
        assertThat(one.result().getHeaders().getFirst("X-Total-Count")).isEqualTo("1");
        assertThat(one.statements().engine()).as("%s", one.statements()).noneMatch(sql -> sql.startsWith("SELECT COUNT(*)"));
        assertThat(full.statements().engine()).as("%s", full.statements()).anyMatch(sql -> sql.startsWith("SELECT COUNT(*)"));
    }

    @Test
    void aBadPageIsRefusedInJapanese() {
        var zero = raw("kosodate1", HttpMethod.GET, "/api/tasks?size=0");
        assertThat(zero.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(zero.getBody()).contains("size は 1 から 200 までで指定してください");
        var negative = raw("kosodate1", HttpMethod.GET, "/api/tasks?page=-1");
        assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(negative.getBody()).contains("page は 0 以上");
        assertThat(raw("kosodate1", HttpMethod.GET, "/api/tasks?size=abc").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aRepeatedApiCallDoesNotReadTheIdentityTablesButAWrongPasswordIsStillRefused() {
        tasks("bosai1", "?size=1");
        SqlStatements.Counted again = SqlStatements.count(() -> tasks("bosai1", "?size=1")).statements();
        assertThat(again.ours()).as("%s", again).noneMatch(sql -> sql.toUpperCase().contains("ACT_ID_"));
        assertThat(rest.withBasicAuth("bosai1", "wrong").exchange("/api/tasks", HttpMethod.GET, null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(tasks("bosai1", "?size=1").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aChangedPasswordIsNotHonouredFromTheCache() {
        org.camunda.bpm.engine.identity.User u = identity.newUser("cachetest1");
        u.setFirstName("キャッシュ");
        u.setLastName("確認");
        u.setPassword("first-pass");
        identity.saveUser(u);
        assertThat(rest.withBasicAuth("cachetest1", "first-pass").exchange("/api/tasks", HttpMethod.GET, null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        org.camunda.bpm.engine.identity.User same = identity.createUserQuery().userId("cachetest1").singleResult();
        same.setPassword("second-pass");
        identity.saveUser(same);
        assertThat(rest.withBasicAuth("cachetest1", "first-pass").exchange("/api/tasks", HttpMethod.GET, null, String.class)
                .getStatusCode()).as("the old password, cached a moment ago").isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("cachetest1", "second-pass").exchange("/api/tasks", HttpMethod.GET, null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
