package jp.kyodoflow.notices;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.common.Paging;
import jp.kyodoflow.common.SqlPage;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices (通知) that people read in the portal and the API; each also goes out by e-mail to the
 * addresses of the people it is for. Both are written in the decision's own transaction, together with the other
 * notices of that transaction ({@link NoticeWriter}).
 */
@Service
public class NoticeService {

    /**
     * A notice as its reader sees it. {@code recipientType} is USER (to the person) or GROUP (to everyone of
     * {@code recipientId}: a civic group, a department, an office); {@code civicGroupId} is the civic group
     * it is about, if any (a group's page lists those).
     */
    public record NoticeView(Long id, String kind, String title, String body, String caseType, Long caseId,
                             OffsetDateTime createdAt, OffsetDateTime readAt, String recipientType, String recipientId,
                             Long civicGroupId) {
    }

    /** The case type of notices about a task (reminders, escalations, assignments): their mail links to Tasklist. */
    static final String TASK_CASE = "TASK";

    private final NoticeRepository notices;
    private final NoticeTemplates templates;
    private final Clock clock;
    private final NoticeWriter writer;
    private final EntityManager em;

    NoticeService(NoticeRepository notices, NoticeTemplates templates, Clock clock, NoticeWriter writer,
                  EntityManager em) {
        this.notices = notices;
        this.templates = templates;
        this.clock = clock;
        this.writer = writer;
        this.em = em;
    }

    /** A notice to one person, its text from the template {@code template} filled with {@code values}. */
    @Transactional
    public void toUser(String userId, String kind, String template, Map<String, ?> values, String caseType, Long caseId) {
        var text = templates.render(template, values);
        toUser(userId, kind, text.title(), text.body(), caseType, caseId);
    }

    /** A notice to everyone of a group (a civic group, a department, the coordinators). */
    @Transactional
    public void toGroup(String groupId, String kind, String template, Map<String, ?> values, String caseType, Long caseId) {
        var text = templates.render(template, values);
        toGroup(groupId, kind, text.title(), text.body(), caseType, caseId);
    }

    /** A notice to one person about a case of a civic group (it shows on that group's page too). */
    @Transactional
    public void toUserAboutGroup(String userId, long civicGroupId, String kind, String template, Map<String, ?> values,
                                 String caseType, Long caseId) {
        var text = templates.render(template, values);
        toUser(userId, civicGroupId, kind, text.title(), text.body(), caseType, caseId);
    }

    @Transactional
    public void toUser(String userId, String kind, String title, String body, String caseType, Long caseId) {
        toUser(userId, null, kind, title, body, caseType, caseId);
    }

    private void toUser(String userId, Long civicGroupId, String kind, String title, String body, String caseType,
                        Long caseId) {
        writer.add(new NoticeWriter.Unwritten("USER", userId, kind, title, body, caseType, caseId,
                OffsetDateTime.now(clock), civicGroupId,
                TASK_CASE.equals(caseType) ? NoticeTemplates.Page.TASKLIST : NoticeTemplates.Page.PORTAL));
    }

    @Transactional
    public void toGroup(String groupId, String kind, String title, String body, String caseType, Long caseId) {
        writer.add(new NoticeWriter.Unwritten("GROUP", groupId, kind, title, body, caseType, caseId,
                OffsetDateTime.now(clock), civicGroupId(groupId), groupId != null
                && groupId.startsWith(Roles.CIVIC_GROUP_PREFIX) ? NoticeTemplates.Page.PORTAL : NoticeTemplates.Page.TASKLIST));
    }

    /**
     * One page of the notices the person may read (to them, or to a group of theirs), newest first;
     * {@code unread} keeps those not read yet, {@code civicGroupId} those about one civic group. The database
     * filters, pages and counts (two statements).
     */
    @Transactional(readOnly = true)
    public Paging.Page<NoticeView> list(CurrentUser user, boolean unread, Long civicGroupId, Paging paging) {
        SqlPage q = visible(user);
        if (unread) {
            q.where("t.read_at is null");
        }
        q.whereIf(civicGroupId, "t.civic_group_id = :civicGroupId", "civicGroupId");
        return page(q, paging);
    }

    /** The person's newest notices (the portal's page shows one page of the most). */
    @Transactional(readOnly = true)
    public List<NoticeView> visibleTo(CurrentUser user) {
        return page(visible(user), Paging.first(Paging.MAX_SIZE)).rows();
    }

    /** The person's notices about one civic group: those to the group and their own about its cases. */
    @Transactional(readOnly = true)
    public List<NoticeView> visibleTo(CurrentUser user, long civicGroupId) {
        return list(user, false, civicGroupId, Paging.first(Paging.MAX_SIZE)).rows();
    }

    /** The person's own notices about no civic group (a task of theirs, an application not yet a group). */
    @Transactional(readOnly = true)
    public List<NoticeView> personalTo(CurrentUser user) {
        return page(SqlPage.from("notice").where("t.recipient_type = 'USER' and t.recipient_id = :userId", "userId",
                user.userId()).where("t.civic_group_id is null"), Paging.first(Paging.MAX_SIZE)).rows();
    }

    private static SqlPage visible(CurrentUser user) {
        List<String> groups = new ArrayList<>(user.groups());
        groups.add("-");
        return SqlPage.from("notice").where("t.recipient_type = 'USER' and t.recipient_id = :userId"
                + " or t.recipient_type = 'GROUP' and t.recipient_id in (:groups)", "userId", user.userId(), "groups", groups);
    }

    private Paging.Page<NoticeView> page(SqlPage q, Paging paging) {
        writer.flush();
        return q.fetch(em, Notice.class, "t.created_at desc, t.id desc", paging).map(Notice::view);
    }

    private static Long civicGroupId(String groupId) {
        if (groupId == null || !groupId.matches(Roles.CIVIC_GROUP_PREFIX + "[0-9]{1,18}")) {
            return null;
        }
        return Long.parseLong(groupId.substring(Roles.CIVIC_GROUP_PREFIX.length()));
    }

    @Transactional(readOnly = true)
    public List<NoticeView> forCase(String caseType, long caseId) {
        writer.flush();
        return notices.findByCaseTypeAndCaseIdOrderByIdAsc(caseType, caseId).stream().map(Notice::view).toList();
    }

    @Transactional
    public NoticeView markRead(CurrentUser user, long noticeId) {
        writer.flush();
        Notice notice = notices.findById(noticeId)
                .filter(n -> n.recipientType.equals("USER") ? n.recipientId.equals(user.userId())
                        : user.has(n.recipientId))
                .orElseThrow(() -> new NotFoundException("通知が見つかりません"));
        if (notice.readAt == null) {
            notice.readAt = OffsetDateTime.now(clock);
        }
        return notice.view();
    }
}
