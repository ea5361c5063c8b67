package jp.kyodoflow.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kyodoflow.committee.CityRulePresets;
import jp.kyodoflow.notices.NoticeService;
import jp.kyodoflow.proposals.ProposalInputs;
import jp.kyodoflow.proposals.ProposalRoundService;
import jp.kyodoflow.proposals.RoundRules;
import jp.kyodoflow.committee.RoundInputs;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.subsidy.SubsidyApplications;
import jp.kyodoflow.subsidy.SubsidyInputs;
import jp.kyodoflow.support.Api;
import jp.kyodoflow.support.HearingRounds;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ProposalFixtures;
import jp.kyodoflow.support.ReviewFlow;
import jp.kyodoflow.support.SqlStatements;
import jp.kyodoflow.themes.ThemeInputs;
import jp.kyodoflow.themes.ThemeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every list of our API as its readers page it: the same number of SQL statements for a page whatever the
 * number of rows (counted before and after adding rows through the services, and for a page of one row
 * against a page of three), the paging headers, who sees which rows, and 400 for a page that cannot be.
 * The shared context holds other tests' rows too: totals are compared, never asserted absolutely.
 */
@IntegrationTest
class ListsPagedHttpTest {

    @Autowired TestRestTemplate rest;
    @Autowired ProposalRoundService calls;
    @Autowired ReviewFlow review;
    @Autowired HearingRounds hearings;
    @Autowired NoticeService notices;
    @Autowired ThemeService themes;
    @Autowired SubsidyApplications subsidy;
    @Autowired Clock clock;

    /** One read of a list page: the response and the statements it cost. */
    record Read(ResponseEntity<List<Map<String, Object>>> response, SqlStatements.Counted statements) {
        long total() {
            return Long.parseLong(response.getHeaders().getFirst(Paging.TOTAL_HEADER));
        }

        List<Map<String, Object>> rows() {
            return response.getBody();
        }

        List<Long> ids() {
            return rows().stream().map(r -> ((Number) r.get("id")).longValue()).toList();
        }
    }

    Read read(String user, String path) {
        Api api = new Api(rest, user);
        var counted = SqlStatements.count(() -> api.list(path));
        assertThat(counted.result().getStatusCode()).as("%s as %s", path, user).isEqualTo(HttpStatus.OK);
        return new Read(counted.result(), counted.statements());
    }

    /**
     * Reads the list's page of three before and after {@code addThree} adds three rows the user sees, and a page
     * of one after: the statements of ours are the same every time (and stay few). Returns the read after.
     */
    Read constant(String user, String list, Runnable addThree) {
        String sep = list.contains("?") ? "&" : "?";
        read(user, list + sep + "size=3"); // warms the caches that fill once per node (rules versions)
        Read before = read(user, list + sep + "size=3");
        addThree.run();
        read(user, list + sep + "size=3"); // adding rows may change identities, which empties the login cache
        Read after = read(user, list + sep + "size=3");
        Read one = read(user, list + sep + "size=1");
        System.out.printf("LIST %-45s as %-10s rows %d→%d total %d→%d statements ours %d→%d (size=1: %d), engine %d%n",
                list, user, before.rows().size(), after.rows().size(), before.total(), after.total(),
                before.statements().own(), after.statements().own(), one.statements().own(),
                after.statements().engineCount());
        assertThat(after.total()).as("%s total", list).isGreaterThanOrEqualTo(before.total() + 3);
        assertThat(after.rows()).hasSize(3);
        assertThat(after.statements().own()).as("%s statements at more rows\n%s\n%s", list, before.statements(),
                after.statements()).isEqualTo(before.statements().own());
        assertThat(one.statements().own()).as("%s statements of a page of one\n%s", list, one.statements())
                .isEqualTo(after.statements().own());
        assertThat(after.statements().own()).as("%s statements", list).isLessThanOrEqualTo(8);
        return after;
    }

    @Test
    void proposalsArePagedInSqlAndADepartmentSeesOnlyTheSubmittedOnesNamingIt() {
        long call = openCall("一覧テストの募集");
        Map<String, Object> content = new HashMap<>(ProposalFixtures.content("一覧テストの提案"));
        content.put("departments", List.of("dept-kosodate"));
        Api group = new Api(rest, "applicant1");
        Runnable submitThree = () -> {
            for (int i = 0; i < 3; i++) {
                assertThat(group.post("/api/proposal-rounds/" + call + "/proposals", Map.of("groupId", 1,
                        "content", content, "submit", true)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
            }
        };
        Read department = constant("kosodate1", "/api/proposals", submitThree);
        assertThat(department.rows()).allSatisfy(p -> assertThat(p.get("status")).isNotEqualTo("DRAFT"));
        constant("coord1", "/api/proposals", submitThree);
        constant("applicant1", "/api/proposals?roundId=" + call, submitThree);
        group.post("/api/proposal-rounds/" + call + "/proposals", Map.of("groupId", 1, "content", content, "submit", false));

        assertThat(read("applicant1", "/api/proposals?roundId=" + call + "&size=200").total()).isEqualTo(10);
        assertThat(read("applicant1", "/api/proposals?roundId=" + call + "&status=DRAFT").total()).isEqualTo(1);
        assertThat(read("kosodate1", "/api/proposals?roundId=" + call).total()).as("not the draft").isEqualTo(9);
        assertThat(read("coord1", "/api/proposals?roundId=" + call + "&status=SUBMITTED").total()).isEqualTo(9);
        assertThat(read("bosai1", "/api/proposals?roundId=" + call).total()).as("a department not named").isZero();
        assertThat(read("applicant2", "/api/proposals?roundId=" + call).total()).as("another group").isZero();

        Read first = read("kosodate1", "/api/proposals?roundId=" + call + "&size=4");
        Read second = read("kosodate1", "/api/proposals?roundId=" + call + "&size=4&page=1");
        assertThat(first.response().getHeaders().getFirst("Link")).contains("page=1", "rel=\"next\"").doesNotContain("prev");
        assertThat(second.response().getHeaders().getFirst("Link")).contains("page=2", "rel=\"next\"", "page=0", "rel=\"prev\"");
        assertThat(first.ids()).doesNotContainAnyElementsOf(second.ids());
        assertThat(first.ids()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(first.ids().get(first.ids().size() - 1)).isGreaterThan(second.ids().get(0));
    }

    @Test
    void noticesArePagedWithTheUnreadFilterAndNeverShowAnotherPersonsNotice() {
        String title = "一覧テストの通知 " + System.nanoTime();
        Runnable addThree = () -> {
            for (int i = 0; i < 3; i++) {
                notices.toUser("coord1", "TEST", title, "本文", null, null);
            }
        };
        constant("coord1", "/api/notices", addThree);
        constant("coord1", "/api/notices?unread=true", addThree);
        assertThat(read("coord1", "/api/notices?unread=true&size=6").rows()).extracting(n -> n.get("title"))
                .containsOnly(title);
        assertThat(read("kosodate1", "/api/notices?size=200").rows()).noneMatch(n -> title.equals(n.get("title")));
        assertThat(read("applicant1", "/api/notices?civicGroupId=1&size=200").rows())
                .allSatisfy(n -> assertThat(n.get("civicGroupId")).isEqualTo(1));
    }

    @Test
    void reviewRoundsReadRostersConflictsHearingsAndMinutesOncePerPage() {
        List<String> members = List.of("lists-m1", "lists-m2");
        int[] n = {0};
        Runnable addThree = () -> {
            for (int i = 0; i < 3; i++) {
                hearings.start("一覧テスト審査" + (n[0]++), members, List.of("提案A", "提案B"), "lists-m1");
            }
        };
        Read secretariat = constant("coord1", "/api/review-rounds", addThree);
        assertThat(secretariat.rows().get(0).get("hearings")).asList().isNotEmpty();
        assertThat(secretariat.rows().get(0).get("recusals")).asList().isNotEmpty();
        assertThat(secretariat.rows().get(0).get("minutes")).asList().isNotEmpty();
        Read member = constant("lists-m1", "/api/review-rounds", addThree);
        assertThat(member.rows().get(0).get("minutes")).asList().isEmpty();
        assertThat(read("lists-m2", "/api/review-rounds?size=200").ids()).containsAll(member.ids());
        assertThat(read("committee5", "/api/review-rounds?size=200").ids()).as("not a member, not decided")
                .doesNotContainAnyElementsOf(member.ids());
        assertThat(read("kosodate1", "/api/review-rounds?size=200").ids()).doesNotContainAnyElementsOf(member.ids());
        assertThat(read("coord1", "/api/review-rounds?status=DECIDED&size=200").ids())
                .doesNotContainAnyElementsOf(member.ids());
    }

    @Test
    void registrationsGroupsAndSubsidyApplicationsArePagedAndEachReaderSeesTheirOwn() {
        List<Long> groups = new ArrayList<>();
        Runnable registerThree = () -> {
            for (int i = 0; i < 3; i++) {
                groups.add(review.registerGroup("一覧テスト団体" + System.nanoTime(), "役員 花子", null));
            }
        };
        constant("coord1", "/api/group-registrations", registerThree);
        constant("coord1", "/api/group-registrations?status=REGISTERED", registerThree);
        constant("coord1", "/api/groups", registerThree);
        assertThat(read("applicant3", "/api/group-registrations?size=200").rows())
                .allSatisfy(a -> assertThat(a.get("applicantUserId")).isEqualTo("applicant3"));
        assertThat(read("applicant1", "/api/group-registrations?size=200").rows())
                .noneMatch(a -> "applicant3".equals(a.get("applicantUserId")));
        assertThat(read("applicant1", "/api/groups").ids()).containsExactly(1L);
        assertThat(read("coord1", "/api/groups?status=LAPSED&size=200").ids()).doesNotContainAnyElementsOf(groups);

        List<Long> applied = new ArrayList<>();
        int[] next = {0};
        Runnable applyOne = () -> {
            long g = groups.get(next[0]++);
            applied.add(subsidy.apply(new CurrentUser("lists-officer", Set.of(Roles.APPLICANT, Roles.civicGroup(g))), g,
                    application()));
        };
        Runnable applyThree = () -> {
            for (int i = 0; i < 3; i++) {
                applyOne.run();
            }
        };
        applyOne.run(); // a page with a row before: an empty page skips the groups' names
        constant("koho1", "/api/subsidy/applications", applyThree);
        constant("coord1", "/api/subsidy/applications", applyThree);
        assertThat(read("koho1", "/api/subsidy/applications?size=200").ids()).containsAll(applied);
        assertThat(read("mochizuki1", "/api/subsidy/applications?size=200").ids()).as("another programme")
                .doesNotContainAnyElementsOf(applied);
        assertThat(read("applicant1", "/api/subsidy/applications?size=200").ids()).doesNotContainAnyElementsOf(applied);
        assertThat(read("coord1", "/api/subsidy/applications?status=PAID&size=200").ids())
                .doesNotContainAnyElementsOf(applied);
    }

    @Test
    void projectsCallsAndThemesArePagedAndADepartmentSeesOnlyItsOwnDrafts() {
        Api department = new Api(rest, "kosodate1");
        Runnable raiseThree = () -> {
            for (int i = 0; i < 3; i++) {
                assertThat(department.post("/api/projects", Map.of("title", "一覧テストの課題", "problem", "課題",
                        "evidence", "根拠", "field", "KOSODATE")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
            }
        };
        Read own = constant("kosodate1", "/api/projects", raiseThree);
        constant("coord1", "/api/projects", raiseThree);
        assertThat(read("bosai1", "/api/projects?size=200").ids()).doesNotContainAnyElementsOf(own.ids());
        assertThat(read("applicant2", "/api/projects?size=200").ids()).doesNotContainAnyElementsOf(own.ids());
        assertThat(read("kosodate1", "/api/projects?status=ENDED&size=200").ids()).doesNotContainAnyElementsOf(own.ids());

        int[] n = {0};
        constant("coord1", "/api/proposal-rounds", () -> {
            for (int i = 0; i < 3; i++) {
                openCall("一覧テストの募集 " + (n[0]++));
            }
        });

        CurrentUser bosai = new CurrentUser("bosai1", Set.of("dept-bosai"));
        List<Long> drafts = new ArrayList<>();
        Runnable draftThree = () -> {
            for (int i = 0; i < 3; i++) {
                drafts.add(themes.draft(bosai, themeDraft()).id());
            }
        };
        constant("bosai1", "/api/themes", draftThree);
        constant("coord1", "/api/themes", draftThree);
        assertThat(read("kosodate1", "/api/themes?size=200").ids()).as("another department's drafts")
                .doesNotContainAnyElementsOf(drafts);
        assertThat(read("committee1", "/api/themes?size=200").ids()).doesNotContainAnyElementsOf(drafts);
        assertThat(read("bosai1", "/api/themes?status=IN_REVIEW&size=200").ids()).containsAll(drafts);
        assertThat(read("applicant1", "/api/themes?size=200").rows())
                .allSatisfy(t -> assertThat(t.get("status")).isIn("PUBLISHED", "PARTNER_SELECTED", "WITHDRAWN"));

        // the calls for themes and the published awards: a page of one costs what a page of three does
        for (String list : List.of("/api/theme-calls", "/api/subsidy/awards")) {
            Read three = read("coord1", list + "?size=3");
            Read one = read("coord1", list + "?size=1");
            System.out.printf("LIST %-45s as coord1 rows %d (total %d) statements ours %d (size=1: %d)%n", list,
                    three.rows().size(), three.total(), three.statements().own(), one.statements().own());
            assertThat(one.statements().own()).isEqualTo(three.statements().own()).isLessThanOrEqualTo(8);
        }
    }

    @Test
    void aPageThatCannotBeIsRefusedWithA400InJapanese() {
        for (String list : List.of("/api/proposals", "/api/notices", "/api/review-rounds", "/api/group-registrations",
                "/api/groups", "/api/projects", "/api/proposal-rounds", "/api/themes", "/api/theme-calls",
                "/api/subsidy/applications", "/api/subsidy/awards")) {
            Api coordinator = new Api(rest, "coord1");
            ResponseEntity<Map<String, Object>> negative = coordinator.get(list + "?page=-1");
            assertThat(negative.getStatusCode()).as(list).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(negative.getBody().toString()).contains("page は 0 以上");
            ResponseEntity<Map<String, Object>> tooLarge = coordinator.get(list + "?size=201");
            assertThat(tooLarge.getStatusCode()).as(list).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(tooLarge.getBody().toString()).contains("size は 1 から 200");
            assertThat(coordinator.get(list + "?size=0").getStatusCode()).as(list).isEqualTo(HttpStatus.BAD_REQUEST);
        }
        for (String list : List.of("/api/proposals", "/api/review-rounds", "/api/group-registrations", "/api/groups",
                "/api/projects", "/api/themes", "/api/subsidy/applications")) {
            ResponseEntity<Map<String, Object>> unknown = new Api(rest, "coord1").get(list + "?status=NOPE");
            assertThat(unknown.getStatusCode()).as(list).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(unknown.getBody().toString()).as(list).contains("status は");
        }
    }

    private long openCall(String title) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        long configId = review.config(title + "の審査設定", CityRulePresets.kyodoDefault());
        return calls.create(new ProposalInputs.CreateRound(title, new RoundRules(FiscalYear.current(clock).year(),
                now.minusHours(1), now.plusDays(7), false, null, false, List.of(90, 80, 70), 500_000, false), configId,
                List.of(new RoundInputs.MemberInput("committee1", "委員", true))), "coord1").id();
    }

    private ThemeInputs.ThemeDraft themeDraft() {
        FiscalYear next = FiscalYear.current(clock).next();
        return new ThemeInputs.ThemeDraft(next.year(), "一覧テストのテーマ", "地区の見守りの担い手が足りない。",
                "モデル地区で見守りの名簿ができる。", "説明会と研修の企画と運営。", 500_000L, 100, next.firstDay(),
                next.lastDay(), "COOPERATION_AGREEMENT", false);
    }

    private static SubsidyInputs.Application application() {
        LocalDate today = LocalDate.now(FiscalYear.TOKYO);
        return new SubsidyInputs.Application("SMALL", null, "一覧テストの活動", "地域の見守りと声かけを行う", today,
                FiscalYear.of(today).lastDay(), "参加する住民 30人", List.of(
                new SubsidyInputs.BudgetLine("PUBLICITY", "チラシの印刷", 60_000),
                new SubsidyInputs.BudgetLine("CONSUMABLES", "ベスト・腕章", 30_000)), List.of(), 90_000);
    }
}
