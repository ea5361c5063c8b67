package jp.kyodoflow.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.kyodoflow.security.DemoIdentity;
import jp.kyodoflow.support.Flow;
import jp.kyodoflow.support.IntegrationTest;
import jp.kyodoflow.support.ProjectSteps;
import jp.kyodoflow.support.TestMailServer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Work given to staff is a notice and a mail: a task offered to a department tells the department once;
 * a task handed to a person tells that person; claiming a task oneself, and the coordinator's own
 * offices' tasks, tell nobody.
 */
@IntegrationTest
class StaffTaskNoticesTest {

    @Autowired ProjectSteps steps;
    @Autowired Flow flow;
    @Autowired NoticeService notices;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired MailOutboxSender sender;
    @Autowired TestMailServer smtp;

    List<NoticeService.NoticeView> noticesOf(String user, String kind, String taskName) {
        return notices.visibleTo(flow.user(user)).stream()
                .filter(n -> n.kind().equals(kind) && n.title().contains(taskName)).toList();
    }

    @Test
    void aTaskOfferedToADepartmentTellsTheDepartmentOnceByNoticeAndMail() {
        int coordinatorBefore = notices.visibleTo(flow.user("coord1")).size();
        String title = "担当課へのタスク通知" + System.nanoTime();
        var project = steps.raise(title);
        String taskName = flow.task(project.processInstanceId(), "Task_ConsiderCollaboration").getName();
        assertThat(taskName).startsWith("協働の検討").contains(title);

        var offered = noticesOf("kosodate1", "TASK_OFFERED", title);
        assertThat(offered).singleElement().satisfies(n -> {
            assertThat(n.title()).isEqualTo("担当課に新しいタスクがあります：" + taskName);
            assertThat(n.body()).isEqualTo("「" + taskName + "」が子育て支援課に届きました。担当の方はタスク一覧（Tasklist）で引き受けて処理してください。");
        });
        assertThat(noticesOf("bosai1", "TASK_OFFERED", title)).as("another department").isEmpty();
        assertThat(notices.visibleTo(flow.user("coord1"))).hasSize(coordinatorBefore);

        while (sender.sendDue() > 0) {
            // all due mails
        }
        assertThat(smtp.receivedBy(DemoIdentity.email("kosodate1")))
                .anyMatch(m -> MailDeliveryTest.subject(m).equals("担当課に新しいタスクがあります：" + taskName)
                        && MailDeliveryTest.body(m).contains("/camunda/app/tasklist/"));
    }

    @Test
    void aTaskHandedToAPersonTellsThatPersonButClaimingItOneselfTellsNobody() {
        String title = "担当者へのタスク通知" + System.nanoTime();
        var project = steps.raise(title);
        var task = flow.task(project.processInstanceId(), "Task_ConsiderCollaboration");

        identity.setAuthentication("kosodate1", List.of("dept-kosodate"));
        try {
            tasks.claim(task.getId(), "kosodate1");
        } finally {
            identity.clearAuthentication();
        }
        assertThat(noticesOf("kosodate1", "TASK_ASSIGNED", title)).as("a claim of one's own").isEmpty();

        identity.setAuthentication("admin", List.of("camunda-admin", "admin"));
        try {
            tasks.setAssignee(task.getId(), "bosai1");
        } finally {
            identity.clearAuthentication();
        }
        assertThat(noticesOf("bosai1", "TASK_ASSIGNED", title)).singleElement()
                .satisfies(n -> assertThat(n.body()).isEqualTo("「" + task.getName()
                        + "」があなたに割り当てられました。タスク一覧（Tasklist）で内容を確認し、処理してください。"));
        assertThat(noticesOf("kosodate1", "TASK_ASSIGNED", title)).isEmpty();
    }
}
