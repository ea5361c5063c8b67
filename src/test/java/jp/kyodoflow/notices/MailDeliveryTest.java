package jp.kyodoflow.notices;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import jp.kyodoflow.groups.GroupApplicationRequest;
import jp.kyodoflow.groups.GroupRegistrationService;
import jp.kyodoflow.groups.events.GroupApplicationRefused;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.DemoIdentity;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.support.Api;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.MutableClock;
import jp.kyodoflow.support.ProposalDrafts;
import jp.kyodoflow.support.Requests;
import jp.kyodoflow.support.TestMailServer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notices by e-mail through a real SMTP server (GreenMail in the test JVM): the right Japanese mail to the
 * right addresses; a server that is down holds up no decision and gets the mail once it is back, exactly
 * once; a bad address holds up no other mail; two senders never send one mail twice.
 */
@IntegrationTest
class MailDeliveryTest {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

    @Autowired TestMailServer smtp;
    @Autowired MailOutboxSender sender;
    @Autowired NoticeService notices;
    @Autowired GroupRegistrationService registrations;
    @Autowired RuntimeService runtime;
    @Autowired IdentityService identity;
    @Autowired Flow flow;
    @Autowired ProposalDrafts drafts;
    @Autowired TestRestTemplate rest;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ObjectProvider<JavaMailSender> mailSender;
    @Autowired NoticeMailProperties config;
    @Autowired NoticeTemplates templates;
    @Autowired MailRecipients recipients;

    @AfterEach
    void serverUp() {
        smtp.start();
    }

    /** Sends everything due now (older tests' mails included). */
    void drain() {
        while (sender.sendDue() > 0) {
            // next batch
        }
    }

    List<MimeMessage> mailsTo(String address, String containing) {
        return smtp.receivedBy(address).stream().filter(m -> body(m).contains(containing)).toList();
    }

    static String body(MimeMessage m) {
        try {
            return String.valueOf(m.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRegisteredGroupAndItsSubmittedProposalAreMailedInJapaneseToTheApplicantTheContactAndTheGroupsUsers() {
        long n = SEQ.incrementAndGet();
        String name = "メール確認の会" + n;
        String contact = "contact-" + n + "@example.jp";
        GroupApplicationRequest base = Requests.eligibleGroup(name);
        GroupApplicationRequest request = new GroupApplicationRequest(name, base.groupType(), base.representativeName(),
                contact, base.contactPhone(), base.baseAddress(), base.memberCount(), base.foundedOn(),
                base.activityFields(), base.officers(), base.members(), true, true, true, true, true, true, true, true);
        var application = registrations.submit(new CurrentUser("applicant3", Set.of(Roles.APPLICANT)), request);
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey("GA-" + application.id())
                .singleResult().getId();
        flow.complete(pi, "Task_ReviewRegistration", "coord1", Map.of("registrationDecision", "REGISTER"));
        drain();

        // 団体登録: a notice to the applicant, so a mail to the applicant's own address
        List<MimeMessage> registered = mailsTo(DemoIdentity.email("applicant3"), "「" + name + "」を市民活動団体として登録しました");
        assertThat(registered).singleElement().satisfies(m -> {
            assertThat(subject(m)).isEqualTo("団体登録のお知らせ");
            assertThat(body(m)).contains("登録番号：", "マイページで確認してください：http://localhost:8080/mypage",
                    "このメールは佐久市の協働フローから自動で送信しています。");
            assertThat(m.getFrom()[0].toString()).isEqualTo(config.from());
        });
        assertThat(mailsTo(contact, name)).isEmpty();

        // 提案の提出: a notice to the group, so mails to its contact address and to its user (applicant3)
        var draft = drafts.draft("メール提案の会" + n);
        var submitted = new Api(rest, "applicant3").post("/api/proposals/" + draft.proposalId() + "/submit", Map.of());
        assertThat(submitted.getStatusCode().is2xxSuccessful()).as(String.valueOf(submitted.getBody())).isTrue();
        drain();
        String text = "「メール提案の会" + n + "の提案」の提出を受け付けました";
        assertThat(mailsTo(DemoIdentity.email("applicant3"), text)).singleElement()
                .satisfies(m -> assertThat(subject(m)).isEqualTo("提案を受け付けました"));
        assertThat(mailsTo("daihyo@example.jp", text)).hasSize(1);
        assertThat(smtp.received().stream().filter(m -> body(m).contains(text)).count())
                .as("one mail per address").isEqualTo(jdbc.queryForObject("""
                        select count(*) from mail_outbox o join notice n on n.id = o.notice_id
                        where n.case_type = 'PROPOSAL' and n.case_id = ? and n.kind = 'SUBMITTED'""", Long.class,
                        draft.proposalId()));
    }

    @Test
    void whileTheServerIsDownTheDecisionStandsAndTheMailWaitsThenGoesOutExactlyOnce() {
        long caseId = 980_000 + SEQ.incrementAndGet() % 10_000;
        String reason = "メール障害中の決定" + caseId;
        drain();
        smtp.stop();
        tx.executeWithoutResult(s -> events.publishEvent(new GroupApplicationRefused(caseId, "applicant2", reason, "coord1")));

        assertThat(notices.forCase("GROUP_APPLICATION", caseId)).hasSize(1);
        long mailId = jdbc.queryForObject("select o.id from mail_outbox o join notice n on n.id = o.notice_id"
                + " where n.case_id = ? and n.case_type = 'GROUP_APPLICATION'", Long.class, caseId);
        drain();
        Map<String, Object> row = jdbc.queryForMap("select status, attempts, last_error from mail_outbox where id = ?", mailId);
        assertThat(row.get("status")).isEqualTo("PENDING");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat((String) row.get("last_error")).isNotBlank();

        smtp.start();
        drain();
        assertThat(mailsTo(DemoIdentity.email("applicant2"), reason)).as("not before its next attempt is due").isEmpty();

        clock.advance(config.backoff(1).plusSeconds(1));
        drain();
        drain();
        assertThat(mailsTo(DemoIdentity.email("applicant2"), reason)).singleElement()
                .satisfies(m -> assertThat(subject(m)).isEqualTo("団体登録申請の結果（不受理）"));
        assertThat(jdbc.queryForObject("select status from mail_outbox where id = ?", String.class, mailId)).isEqualTo("SENT");
    }

    @Test
    void aMailThatKeepsFailingIsGivenUpAfterTheLastAttemptWithItsError() {
        long caseId = 970_000 + SEQ.incrementAndGet() % 10_000;
        drain();
        tx.executeWithoutResult(s -> events.publishEvent(new GroupApplicationRefused(caseId, "applicant2", "諦める" + caseId, "coord1")));
        long mailId = jdbc.queryForObject("select o.id from mail_outbox o join notice n on n.id = o.notice_id"
                + " where n.case_id = ? and n.case_type = 'GROUP_APPLICATION'", Long.class, caseId);
        jdbc.update("update mail_outbox set attempts = ? where id = ?", config.maxAttempts() - 1, mailId);
        smtp.stop();
        drain();
        Map<String, Object> row = jdbc.queryForMap("select status, attempts, last_error from mail_outbox where id = ?", mailId);
        assertThat(row.get("status")).isEqualTo("FAILED");
        assertThat(row.get("attempts")).isEqualTo(config.maxAttempts());
        assertThat((String) row.get("last_error")).isNotBlank();
        smtp.start();
        clock.advance(Duration.ofDays(1));
        drain();
        assertThat(mailsTo(DemoIdentity.email("applicant2"), "諦める" + caseId)).isEmpty();
    }

    @Test
    void aBadAddressFailsAloneAndTheOtherMailsOfTheNoticeGoOut() {
        long n = SEQ.incrementAndGet();
        String group = "mailtest-" + n;
        String good = "good-" + n + "@example.jp";
        identity.saveGroup(identity.newGroup(group));
        for (String[] u : new String[][] {{"a-bad-" + n, "これはメールアドレスではない"}, {"b-good-" + n, good}}) {
            var user = identity.newUser(u[0]);
            user.setEmail(u[1]);
            identity.saveUser(user);
            identity.createMembership(u[0], group);
        }
        drain();
        notices.toGroup(group, "REMINDER", "task-reminder", Map.of("taskName", "宛先確認" + n, "due", clock.instant()
                .atZone(clock.getZone()).toLocalDate()), NoticeService.TASK_CASE, null);
        drain();

        assertThat(mailsTo(good, "宛先確認" + n)).singleElement()
                .satisfies(m -> assertThat(body(m)).contains("タスク一覧（Tasklist）で確認してください：http://localhost:8080/camunda/app/tasklist/"));
        Map<String, Object> bad = jdbc.queryForMap("select status, last_error from mail_outbox where to_address = ?",
                "これはメールアドレスではない");
        assertThat(bad.get("status")).isEqualTo("FAILED");
        assertThat((String) bad.get("last_error")).contains("メールアドレスではありません");
    }

    @Test
    void twoSendersAtOnceSendEveryMailExactlyOnce() throws Exception {
        long n = SEQ.incrementAndGet();
        drain();
        for (int i = 0; i < 30; i++) {
            notices.toUser("applicant1", "REMINDER", "task-reminder", Map.of("taskName", "同時送信" + n + "-" + i,
                    "due", clock.instant().atZone(clock.getZone()).toLocalDate()), NoticeService.TASK_CASE, null);
        }
        var other = new MailOutboxSender(jdbc, transactions, mailSender, config, clock);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = new ArrayList<>();
            both.add(() -> sender.sendDue());
            both.add(() -> other.sendDue());
            int sent = 0;
            for (var f : pool.invokeAll(both)) {
                sent += f.get();
            }
            assertThat(sent).isGreaterThanOrEqualTo(30);
        } finally {
            pool.shutdown();
        }
        drain();
        for (int i = 0; i < 30; i++) {
            assertThat(mailsTo(DemoIdentity.email("applicant1"), "同時送信" + n + "-" + i + "」")).hasSize(1);
        }
    }

    @Test
    void capturedMailsAreKeptAndNotSent() {
        long n = SEQ.incrementAndGet();
        drain();
        notices.toUser("applicant1", "REMINDER", "task-reminder", Map.of("taskName", "保存のみ" + n,
                "due", clock.instant().atZone(clock.getZone()).toLocalDate()), NoticeService.TASK_CASE, null);
        var demo = new NoticeMailProperties(true, true, true, config.from(), config.baseUrl(), config.maxAttempts(),
                config.retryAfter(), config.maxRetryAfter(), config.batchSize());
        new MailOutboxSender(jdbc, transactions, mailSender, demo, clock).sendDue();

        assertThat(jdbc.queryForObject("select status from mail_outbox where body like ?", String.class,
                "%保存のみ" + n + "%")).isEqualTo("CAPTURED");
        assertThat(mailsTo(DemoIdentity.email("applicant1"), "保存のみ" + n)).isEmpty();

        // with capture on, a new notice's mail is kept at once, before any sender runs
        var writer = new NoticeWriter(jdbc, templates, demo, recipients);
        writer.add(new NoticeWriter.Unwritten("USER", "applicant1", "REMINDER", "すぐ保存" + n, "すぐ保存の本文" + n,
                "TASK", null, java.time.OffsetDateTime.now(clock), null, NoticeTemplates.Page.TASKLIST));
        assertThat(jdbc.queryForObject("select status from mail_outbox where body like ?", String.class,
                "%すぐ保存の本文" + n + "%")).isEqualTo("CAPTURED");
        drain();
        assertThat(mailsTo(DemoIdentity.email("applicant1"), "すぐ保存" + n)).isEmpty();
    }
}
