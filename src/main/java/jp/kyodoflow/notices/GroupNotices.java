package jp.kyodoflow.notices;

import java.util.Map;
import jp.kyodoflow.groups.events.GroupApplicationLapsed;
import jp.kyodoflow.groups.events.GroupApplicationRefused;
import jp.kyodoflow.groups.events.GroupApplicationSentBack;
import jp.kyodoflow.groups.events.GroupCase;
import jp.kyodoflow.groups.events.GroupCorrectionReminded;
import jp.kyodoflow.groups.events.GroupRegistered;
import org.springframework.stereotype.Component;

/** What the applicant of a group registration is told, and when (templates in notices/templates/groups.properties). */
@Component
class GroupNotices {

    private final NoticeService notices;

    GroupNotices(NoticeService notices) {
        this.notices = notices;
    }

    @NoticeListener
    void on(GroupRegistered e) {
        notices.toUserAboutGroup(e.applicantUserId(), e.groupId(), "REGISTERED", "group-registered", Map.of("groupName", e.groupName(),
                "registrationNumber", e.registrationNumber(), "validUntil", e.validUntil()), GroupCase.TYPE, e.applicationId());
    }

    @NoticeListener
    void on(GroupApplicationSentBack e) {
        notices.toUser(e.applicantUserId(), "SENT_BACK", "group-sent-back",
                Map.of("reason", e.reason(), "deadline", e.deadline()), GroupCase.TYPE, e.applicationId());
    }

    @NoticeListener
    void on(GroupCorrectionReminded e) {
        notices.toUser(e.applicantUserId(), "REMINDER", "group-correction-reminder",
                Map.of("deadline", e.deadline()), GroupCase.TYPE, e.applicationId());
    }

    @NoticeListener
    void on(GroupApplicationLapsed e) {
        notices.toUser(e.applicantUserId(), "LAPSED", "group-lapsed", Map.of("deadline", e.deadline()),
                GroupCase.TYPE, e.applicationId());
    }

    @NoticeListener
    void on(GroupApplicationRefused e) {
        notices.toUser(e.applicantUserId(), "REFUSED", "group-refused", Map.of("reason", e.reason()),
                GroupCase.TYPE, e.applicationId());
    }
}
