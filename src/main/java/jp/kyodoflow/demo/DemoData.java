package jp.kyodoflow.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.committee.ReviewConfigService;
import jp.kyodoflow.committee.ReviewRoundService;
import jp.kyodoflow.committee.RoundInputs;
import jp.kyodoflow.proposals.ProposalInputs;
import jp.kyodoflow.proposals.ProposalRoundService;
import jp.kyodoflow.proposals.RoundRules;
import java.util.Map;
import java.util.Set;
import jp.kyodoflow.groups.GroupApplicationRequest;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.groups.GroupApplicationRequest.Person;
import jp.kyodoflow.groups.GroupRegistrationService;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.DemoIdentity;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.themes.ReviewScope;
import jp.kyodoflow.themes.ThemeCalls;
import jp.kyodoflow.themes.ThemeInputs;
import jp.kyodoflow.themes.ThemeService;
import jp.kyodoflow.tasks.WorkService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users for every role (password in the README) and two registered groups, registered
 * through the real registration flow. Runs once; later starts find the users and skip.
 */
@Component
@Profile("demo")
@Order(20)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    record DemoUser(String id, String lastName, String firstName, List<String> groups) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("coord1", "協働", "花子", List.of(Roles.COORDINATOR)),
            new DemoUser("approver1", "決裁", "一郎", List.of(Roles.APPROVER)),
            new DemoUser("kosodate1", "子育", "健太", List.of("dept-kosodate")),
            new DemoUser("bosai1", "防災", "美咲", List.of("dept-bosai")),
            new DemoUser("kankyo1", "環境", "翔", List.of("dept-kankyo")),
            new DemoUser("koho1", "広報", "聡子", List.of("dept-koho")),
            new DemoUser("mochizuki1", "望月", "大輔", List.of("dept-mochizuki")),
            new DemoUser("committee1", "審査", "委員長", List.of(Roles.COMMITTEE)),
            new DemoUser("committee2", "審査", "二郎", List.of(Roles.COMMITTEE)),
            new DemoUser("committee3", "審査", "三恵", List.of(Roles.COMMITTEE)),
            new DemoUser("committee4", "審査", "四郎", List.of(Roles.COMMITTEE)),
            new DemoUser("committee5", "審査", "五月", List.of(Roles.COMMITTEE)),
            new DemoUser("applicant1", "佐久", "太郎", List.of(Roles.APPLICANT)),
            new DemoUser("applicant2", "望月", "由美", List.of(Roles.APPLICANT)),
            new DemoUser("applicant3", "新井", "誠", List.of(Roles.APPLICANT)));

    private final IdentityService identity;
    private final GroupRegistrationService registrations;
    private final WorkService work;
    private final GroupRegister register;
    private final ProposalRoundService calls;
    private final ReviewConfigService reviewConfigs;
    private final String password;
    private final Clock clock;
    private final ReviewRoundService reviewRounds;
    private final ManagementService management;
    private final ThemeService themes;
    private final ThemeCalls themeCalls;
    private final jp.kyodoflow.subsidy.SubsidyCalls subsidyCalls;

    DemoData(IdentityService identity, GroupRegistrationService registrations, WorkService work,
             GroupRegister register, ProposalRoundService calls, ReviewConfigService reviewConfigs,
             @Value("${kyodo.demo.password}") String password, Clock clock, ReviewRoundService reviewRounds,
             ManagementService management, ThemeService themes, ThemeCalls themeCalls,
             jp.kyodoflow.subsidy.SubsidyCalls subsidyCalls) {
        this.subsidyCalls = subsidyCalls;
        this.themes = themes;
        this.themeCalls = themeCalls;
        this.reviewRounds = reviewRounds;
        this.management = management;
        this.clock = clock;
        this.register = register;
        this.calls = calls;
        this.reviewConfigs = reviewConfigs;
        this.identity = identity;
        this.registrations = registrations;
        this.work = work;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        USERS.stream().filter(u -> identity.createUserQuery().userId(u.id()).count() == 0).forEach(this::createUser);
        if (identity.createUserQuery().userId("admin").count() > 0
                && identity.createUserQuery().userId("admin").memberOfGroup(Roles.ADMIN).count() == 0) {
            identity.createMembership("admin", Roles.ADMIN);
        }
        if (!register.registeredOptions().isEmpty()) {
            log.info("Demo data already present");
            return;
        }
        register("applicant1", "佐久こども食堂ネットワーク", "KOSODATE", "長野県佐久市岩村田1-2-3", "佐久 太郎");
        register("applicant2", "佐久防災ボランティアの会", "BOSAI", "長野県佐久市望月262-2", "望月 由美");
        openCall();
        demoHearing();
        publishedTheme();
        subsidyCall();
        log.info("Demo data created: {} users, 2 registered groups, an open call for citizen proposals, a hearing to score,"
                + " a published theme of the administration-proposed scheme, an open call of the Saku subsidy", USERS.size());
    }

    /** An open call (30 days) with the default review rules and five committee members; group 1 has consulted. */
    private void openCall() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        FiscalYear year = FiscalYear.current(clock);
        RoundRules rules = new RoundRules(year.year(), now.minusDays(1), now.plusDays(30), true,
                now.plusDays(23).toLocalDate(), true, List.of(90, 80, 70), 500_000, true);
        long configId = reviewConfigs.list().stream().filter(c -> c.name().startsWith("協働事業 標準")).findFirst()
                .orElseThrow().id();
        List<RoundInputs.MemberInput> committee = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            committee.add(new RoundInputs.MemberInput("committee" + i, i == 1 ? "学識経験者（委員長）" : "市民委員", i == 1));
        }
        var call = calls.create(new ProposalInputs.CreateRound(year.label() + " 市民提案型協働事業", rules, configId, committee),
                "coord1");
        calls.recordPreConsultation(call.id(), new ProposalInputs.PreConsultationInput(1L, now.toLocalDate(),
                "佐久 太郎（代表）、子育て支援課 子育 健太", "dept-kosodate", "居場所づくりの提案について、会場と役割分担を相談"), "coord1");
    }

    private void createUser(DemoUser u) {
        User user = identity.newUser(u.id());
        // Camunda's webapps show "first last"; Japanese names read family name first
        user.setFirstName(u.lastName() + " " + u.firstName());
        user.setLastName("");
        user.setEmail(DemoIdentity.email(u.id()));
        user.setPassword(password);
        identity.saveUser(user);
        u.groups().forEach(g -> identity.createMembership(u.id(), g));
    }

    private void register(String applicant, String name, String field, String address, String representative) {
        GroupApplicationRequest request = new GroupApplicationRequest(name, "VOLUNTEER", representative,
                DemoIdentity.email(applicant), "0267-00-0000", address, 12, java.time.LocalDate.of(2019, 4, 1),
                List.of(field, "MACHIZUKURI"),
                List.of(new Person(representative, "代表", applicant), new Person("会計 花江", "会計", null)),
                List.of(new Person("会員 一", null, null), new Person("会員 二", null, null)),
                true, true, true, true, true, true, true, true);
        var application = registrations.submit(new CurrentUser(applicant, Set.of(Roles.APPLICANT)), request);
        CurrentUser coordinator = new CurrentUser("coord1", Set.of(Roles.COORDINATOR));
        String taskId = work.myTasksOfKey(coordinator, "Task_ReviewRegistration", 1).stream().findFirst().orElseThrow().id();
        work.complete(coordinator, taskId, Map.of("registrationDecision", "REGISTER", "decisionReason",
                "デモデータとして登録（申請番号 " + application.id() + "）"));
    }

    /**
     * A practice hearing (大府市方式, hearing only) that committee1–3 can score at /hearing: every member has
     * confirmed no interests and the coordinator has scheduled it for today, so their scoring tasks are open.
     */
    private void demoHearing() {
        long configId = reviewConfigs.list().stream().filter(c -> c.name().startsWith("大府市方式")).findFirst().orElseThrow().id();
        List<String> members = List.of("committee1", "committee2", "committee3");
        List<RoundInputs.MemberInput> roster = members.stream()
                .map(m -> new RoundInputs.MemberInput(m, "committee1".equals(m) ? "学識経験者（委員長）" : "市民委員", "committee1".equals(m)))
                .toList();
        long roundId = reviewRounds.create(new RoundInputs.CreateRound("デモ審査会（公開プレゼンテーションの練習）", configId, null, roster,
                List.of(new RoundInputs.ProposalInput("DEMO", 1L, "こども食堂と学習支援の居場所づくり", 1L, 400_000),
                        new RoundInputs.ProposalInput("DEMO", 2L, "地域の防災マップと避難訓練", 2L, 300_000))), "coord1");
        String processInstanceId = reviewRounds.start(roundId);
        for (String m : members) {
            CurrentUser member = new CurrentUser(m, Set.of(Roles.COMMITTEE));
            work.myTasksIn(member, processInstanceId, "Task_ConfirmInterests").stream().findFirst()
                    .ifPresent(t -> work.complete(member, t.id(), Map.of("noInterestConfirmed", true)));
        }
        CurrentUser coordinator = new CurrentUser("coord1", Set.of(Roles.COORDINATOR));
        for (int i = 0; i < 50; i++) {
            var schedule = work.myTasksIn(coordinator, processInstanceId, "Task_ScheduleHearing").stream().findFirst();
            if (schedule.isPresent()) {
                work.complete(coordinator, schedule.get().id(), Map.of("heldOn", java.time.LocalDate.now(clock).toString(),
                        "startTime", "13:30", "place", "佐久市役所 大会議室", "presentationMinutes", 7, "questionMinutes", 8));
                return;
            }
            // the members' confirmations end asynchronously: run those jobs now (the job executor may race us)
            management.createJobQuery().processInstanceId(processInstanceId).list().forEach(job -> {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException e) {
                    log.debug("Demo hearing: job {} ran elsewhere ({})", job.getId(), e.getMessage());
                }
            });
        }
        log.warn("Demo hearing {}: the hearing could not be scheduled; coord1 schedules it in Tasklist", roundId);
    }

    /**
     * A theme of 危機管理課 for next year, drafted by bosai1, forwarded by coord1, approved by approver1 (through
     * their tasks, as in Tasklist) and published by coord1 with a 30-day window, a Q&A period and a 説明会.
     */
    private void publishedTheme() {
        FiscalYear next = FiscalYear.current(clock).next();
        CurrentUser department = new CurrentUser("bosai1", Set.of("dept-bosai"));
        var theme = themes.draft(department, new ThemeInputs.ThemeDraft(next.year(), "地区ごとの避難行動要支援者の見守り体制づくり",
                "災害のときに手助けが必要な高齢者や障がいのある人が、どの地区に何人いて誰が声をかけるのか、地区の中で共有されていない。",
                "モデル3地区で、見守りの担い手と要支援者の名簿ができ、年1回の避難訓練に要支援者と担い手が参加する。",
                "地区ごとの説明会、担い手の募集と研修、名簿づくりの支援、避難訓練の企画と運営（市は名簿情報の提供の手続き、"
                        + "会場、広報を担う）。", 500_000L, 100, next.firstDay(), next.lastDay(), "COOPERATION_AGREEMENT", false));
        complete(new CurrentUser("coord1", Set.of(Roles.COORDINATOR)), "Task_ReviewTheme", theme.processInstanceId(),
                Map.of("reviewDecision", "FORWARD"));
        complete(new CurrentUser("approver1", Set.of(Roles.APPROVER)), "Task_ApproveTheme", theme.processInstanceId(),
                Map.of("approvalDecision", "APPROVE"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<RoundInputs.MemberInput> committee = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            committee.add(new RoundInputs.MemberInput("committee" + i, i == 1 ? "学識経験者（委員長）" : "市民委員", i == 1));
        }
        long configId = reviewConfigs.list().stream().filter(c -> c.name().startsWith("協働事業 標準")).findFirst()
                .orElseThrow().id();
        themeCalls.publish(new CurrentUser("coord1", Set.of(Roles.COORDINATOR)), new ThemeInputs.PublishCall(null,
                List.of(theme.id()), now.minusDays(1), now.plusDays(30).withHour(17).withMinute(0).withSecond(0).withNano(0),
                now.plusDays(20).withHour(17).withMinute(0).withSecond(0).withNano(0), null,
                now.plusDays(7).withHour(14).withMinute(0).withSecond(0).withNano(0), "佐久市役所 3階 301会議室", configId,
                committee, ReviewScope.THEME));
    }

    /**
     * An open call of the Saku subsidy (both programmes: group 1 in 岩村田 goes to 佐久っと支援金 at 広報広聴課, group 2 in
     * 望月 to 駒の里 at 望月支所) for 30 days, committee1–3 reviewing the committee tracks; group 1 has consulted さくさぽ.
     */
    private void subsidyCall() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        FiscalYear year = FiscalYear.current(clock);
        subsidyCalls.open(new jp.kyodoflow.subsidy.SubsidyInputs.OpenCall(year.label() + " まちづくり活動支援金（第1回募集）",
                now.minusDays(1), now.plusDays(30).withHour(17).withMinute(0).withSecond(0).withNano(0),
                List.of("committee1", "committee2", "committee3")), "koho1");
        subsidyCalls.recordConsultation(new jp.kyodoflow.subsidy.SubsidyInputs.Consultation(1L, now.toLocalDate(),
                "SUPPORT_CENTRE", "佐久 太郎（代表）、さくさぽ 相談員", "子ども食堂の運営費のうち、支援金の対象になる経費と少額・通常の違いを相談"),
                "koho1");
    }

    private void complete(CurrentUser user, String taskKey, String processInstanceId, Map<String, Object> values) {
        work.myTasksIn(user, processInstanceId, taskKey).stream().findFirst().ifPresentOrElse(t -> work.complete(user, t.id(), values),
                        () -> log.warn("Demo theme ({}): no task {} for {}", processInstanceId, taskKey, user.userId()));
    }
}
