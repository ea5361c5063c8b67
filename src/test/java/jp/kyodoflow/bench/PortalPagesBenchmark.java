package jp.kyodoflow.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kyodoflow.KyodoFlowApplication;
import jp.kyodoflow.committee.ReviewConfigService;
import jp.kyodoflow.committee.RoundInputs;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.groups.GroupApplicationRequest;
import jp.kyodoflow.groups.GroupApplicationRequest.Person;
import jp.kyodoflow.groups.GroupRegistrationService;
import jp.kyodoflow.proposals.ProposalContent;
import jp.kyodoflow.proposals.ProposalInputs;
import jp.kyodoflow.proposals.ProposalRoundService;
import jp.kyodoflow.proposals.ProposalService;
import jp.kyodoflow.proposals.RoundRules;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.tasks.WorkService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast the portal's pages answer with 1,000 proposals in the database (issue 9: under 300 ms on
 * the server). Not a test: run it with {@code ./mvnw -Pbench verify} (or this main class), read the
 * figures, compare pages with each other in one run (the machines are noisy).
 *
 * <p>It starts the application with the demo data on a throw-away embedded PostgreSQL, adds 48 more
 * registered groups (each through the registration flow) and five calls, submits 1,000 proposals (500 to
 * the first call, 125 to each of the others)
 * through ProposalService (each starts its CitizenProposalProcess, so the coordinator has 1,000 open
 * 要件審査 tasks), signs in through the portal's form login like a browser, and times each page: 20
 * warm-up requests, then {@code bench.requests} (default 100) timed ones, over loopback, one at a time.
 */
public final class PortalPagesBenchmark {

    static final int GROUPS = 50;
    static final int CALLS = 5;
    static final int PROPOSALS = 1000;

    private PortalPagesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int requests = Integer.getInteger("bench.requests", 100);
        String dataDir = Files.createTempDirectory("kyodo-bench-pg").toString();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(KyodoFlowApplication.class)
                .profiles("demo")
                .initializers(PortalPagesBenchmark::withoutTestComponents)
                // command-line arguments: default properties would lose to application.yml, whose data-dir is the
                // demo's own database (and clean=true would wipe it)
                .run(InboxScaleBenchmark.concat(args, "--server.port=0", "--kyodo.embedded-db.data-dir=" + dataDir,
                        "--kyodo.embedded-db.port=0", "--kyodo.embedded-db.clean=true", "--logging.level.root=WARN",
                        "--logging.level.jp.kyodoflow=WARN", "--camunda.bpm.job-execution.enabled=false"));
        try {
            long t0 = System.nanoTime();
            Seed seed = seed(app);
            System.out.printf("seeded in %.1f s: %s%n", (System.nanoTime() - t0) / 1e9, counts(app));
            int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
            Map<String, List<String>> pagesByUser = new LinkedHashMap<>();
            String call = "/calls/" + seed.callIds.get(0);
            String proposal = String.valueOf(seed.group1Proposal);
            pagesByUser.put(null, List.of("/", call));
            pagesByUser.put("applicant1", List.of("/mypage/groups/1", "/mypage/proposals/" + proposal,
                    "/mypage/cases/PROPOSAL/" + proposal + "/history", "/demo/mails"));
            pagesByUser.put("coord1", List.of("/mypage", "/staff", "/staff/calls/" + seed.callIds.get(0),
                    "/staff/calls/" + seed.callIds.get(0) + "/proposals.csv", "/staff/calls/" + seed.callIds.get(1),
                    "/staff/cases/PROPOSAL/" + proposal + "/history", "/demo/mails"));
            pagesByUser.put("kosodate1", List.of("/staff", "/staff/calls/" + seed.callIds.get(0)));
            pagesByUser.put("committee1", List.of("/hearing"));
            for (String extra : System.getProperty("bench.pages", "").split(",")) {
                if (!extra.isBlank()) { // user:path, path may use {call} and {proposal}
                    String[] up = extra.split(":", 2);
                    pagesByUser.computeIfAbsent(up[0], k -> new ArrayList<>()).add(up[1]
                            .replace("{call}", String.valueOf(seed.callIds.get(0)))
                            .replace("{proposal}", String.valueOf(seed.group1Proposal)));
                }
            }
            System.out.printf("%-10s %-44s %8s %8s %8s %8s%n", "user", "page", "median", "p95", "max", "bytes");
            for (var entry : pagesByUser.entrySet()) {
                Session session = new Session(port);
                if (entry.getKey() != null) {
                    session.signIn(entry.getKey(), "demo");
                }
                for (String page : entry.getValue()) {
                    time(session, entry.getKey(), page, requests);
                }
            }
        } finally {
            app.close();
        }
    }

    /** The application as it ships: the test sources' components (fixtures, test clocks) are not scanned. */
    private static void withoutTestComponents(ConfigurableApplicationContext context) {
        context.getBeanFactory().registerSingleton("benchWithoutTestComponents", new TypeExcludeFilter() {
            @Override
            public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws java.io.IOException {
                return reader.getResource().getURL().toString().contains("/test-classes/");
            }
        });
    }

    record Seed(List<Long> callIds, long group1Proposal) {
    }

    private static Seed seed(ConfigurableApplicationContext app) {
        IdentityService identity = app.getBean(IdentityService.class);
        GroupRegistrationService registrations = app.getBean(GroupRegistrationService.class);
        WorkService work = app.getBean(WorkService.class);
        ProposalRoundService calls = app.getBean(ProposalRoundService.class);
        ProposalService proposals = app.getBean(ProposalService.class);
        Clock clock = app.getBean(Clock.class);
        CurrentUser coordinator = new CurrentUser("coord1", Set.of(Roles.COORDINATOR));

        List<String> members = new ArrayList<>(List.of("applicant1", "applicant2"));
        for (int i = 3; i <= GROUPS; i++) {
            String userId = "bench%02d".formatted(i);
            User user = identity.newUser(userId);
            user.setFirstName("ベンチ " + i);
            user.setLastName("");
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(userId, Roles.APPLICANT);
            registrations.submit(new CurrentUser(userId, Set.of(Roles.APPLICANT)), new GroupApplicationRequest(
                    "ベンチ団体" + i, "VOLUNTEER", "代表 " + i, userId + "@example.jp", "0267-00-0000", "佐久市佐久1-1-" + i,
                    12, LocalDate.of(2019, 4, 1), List.of("KOSODATE"),
                    List.of(new Person("代表 " + i, "代表", userId)), List.of(), true, true, true, true, true, true, true, true));
            members.add(userId);
        }
        work.myTasksOfKey(coordinator, "Task_ReviewRegistration", jp.kyodoflow.common.Paging.MAX_SIZE).forEach(t ->
                work.complete(coordinator, t.id(), Map.of("registrationDecision", "REGISTER", "decisionReason", "ベンチマーク用")));

        OffsetDateTime now = OffsetDateTime.now(clock);
        FiscalYear year = FiscalYear.current(clock);
        long configId = app.getBean(ReviewConfigService.class).list().stream()
                .filter(c -> c.name().startsWith("協働事業 標準")).findFirst().orElseThrow().id();
        List<RoundInputs.MemberInput> committee = List.of(new RoundInputs.MemberInput("committee1", "委員長", true),
                new RoundInputs.MemberInput("committee2", "市民委員", false), new RoundInputs.MemberInput("committee3", "市民委員", false));
        List<Long> callIds = new ArrayList<>();
        for (int c = 1; c <= CALLS; c++) {
            RoundRules rules = new RoundRules(year.year(), now.minusDays(1), now.plusDays(30), false, null, false,
                    List.of(90, 80, 70), 500_000L, true);
            callIds.add(calls.create(new ProposalInputs.CreateRound("ベンチ募集 " + c, rules, configId, committee), "coord1").id());
        }
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        long group1Proposal = 0;
        for (int n = 0; n < PROPOSALS; n++) {
            String userId = members.get(n % members.size());
            CurrentUser member = new CurrentUser(userId, identity.createGroupQuery().groupMember(userId).list().stream()
                    .map(org.camunda.bpm.engine.identity.Group::getId).collect(java.util.stream.Collectors.toSet()));
            long groupId = member.civicGroupIds().get(0);
            long id = proposals.create(member, callIds.get(n < PROPOSALS / 2 ? 0 : 1 + n % (CALLS - 1)),
                    new ProposalInputs.ProposalInput(groupId, content("ベンチ提案 " + (n + 1), year), true)).id();
            if (groupId == 1) {
                group1Proposal = id;
            }
        }
        jdbc.execute("analyze");
        return new Seed(callIds, group1Proposal);
    }

    static ProposalContent content(String title, FiscalYear fy) {
        return new ProposalContent(title, "放課後の居場所が不足している", "見守りのある居場所を開く",
                List.of(new ProposalContent.Target("居場所の開設", "開催回数", "年80回")), "公民館で学習支援と食事提供",
                "孤食の減少", "団体の人材と市の施設を組み合わせる", "COOPERATION_AGREEMENT", List.of("会場の提供"),
                List.of("企画・運営"), fy.firstDay().plusMonths(8), fy.lastDay(), 1, List.of("dept-kosodate"),
                new ProposalContent.Budget(50_000L, 450_000L, 0L, List.of(
                        new ProposalContent.Expense("消耗品費", "食材・文具", 400_000L),
                        new ProposalContent.Expense("謝金", "学習支援講師", 100_000L))));
    }

    private static String counts(ConfigurableApplicationContext app) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        return "proposals=" + jdbc.queryForObject("select count(*) from proposal", Long.class)
                + ", groups=" + jdbc.queryForObject("select count(*) from civic_group", Long.class)
                + ", process instances=" + jdbc.queryForObject("select count(*) from act_ru_execution where parent_id_ is null", Long.class)
                + ", open tasks=" + jdbc.queryForObject("select count(*) from act_ru_task", Long.class)
                + ", history lines=" + jdbc.queryForObject("select count(*) from case_event", Long.class);
    }

    private static void time(Session session, String user, String page, int requests) throws Exception {
        try {
            session.get(page);
        } catch (IllegalStateException notAPage) {
            System.out.printf("%-10s %-44s %s%n", user == null ? "(visitor)" : user, page, notAPage.getMessage());
            return;
        }
        for (int i = 0; i < 20; i++) {
            session.get(page);
        }
        long[] ms = new long[requests];
        int bytes = 0;
        for (int i = 0; i < requests; i++) {
            long t = System.nanoTime();
            bytes = session.get(page).length();
            ms[i] = (System.nanoTime() - t) / 1_000;
        }
        Arrays.sort(ms);
        System.out.printf("%-10s %-44s %6.1fms %6.1fms %6.1fms %8d%n", user == null ? "(visitor)" : user, page,
                ms[requests / 2] / 1000.0, ms[(int) (requests * 0.95)] / 1000.0, ms[requests - 1] / 1000.0, bytes);
    }

    /** A browser's session: cookies, the CSRF token of the login form, the form login. */
    static final class Session {
        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
        private final HttpClient http;
        private final String base;

        Session(int port) {
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            this.base = "http://127.0.0.1:" + port;
        }

        void signIn(String user, String password) throws Exception {
            Matcher m = CSRF.matcher(get("/login"));
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token on the login page");
            }
            String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.uri().getPath().startsWith("/login")) {
                throw new IllegalStateException("sign-in of " + user + " refused");
            }
        }

        String get(String path) throws Exception {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + r.statusCode());
            }
            return r.body();
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
