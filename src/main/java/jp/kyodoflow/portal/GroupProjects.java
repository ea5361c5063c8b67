package jp.kyodoflow.portal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodoflow.agreements.AgreementService.AgreementView;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.projects.ProjectQueries;
import jp.kyodoflow.proposals.ProposalService;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.tasks.WorkService;
import org.springframework.stereotype.Component;

/**
 * What the group's pages read of its projects: the project as the projects module lets the person read it (and
 * only when the person acts for its partner group), the group's open tasks on it, and — for the group page
 * ({@code @groupProjects} in {@code portal/group.html}) — its projects and what is due across its cases.
 */
@Component("groupProjects")
class GroupProjects {

    static final String SIGN = "Task_SignAgreementAsGroup";
    static final String SELF_EVALUATE = "Task_SelfEvaluateAsGroup";

    /** A task the group has open, with the portal page that does it (null: Tasklist). */
    record Due(String taskId, String name, String caseTitle, java.time.OffsetDateTime due, String page) {
    }

    /** A project on the group page, with its latest agreement version if any. */
    record ProjectLine(ProjectQueries.ProjectView project, AgreementView agreement) {
    }

    private final ProjectQueries projects;
    private final ProposalService proposals;
    private final WorkService work;

    GroupProjects(ProjectQueries projects, ProposalService proposals, WorkService work) {
        this.projects = projects;
        this.proposals = proposals;
        this.work = work;
    }

    /** The project of a group the person acts for; any other is "not found", whatever the person's role. */
    ProjectQueries.ProjectDetail own(CurrentUser me, long projectId) {
        ProjectQueries.ProjectDetail d = projects.detail(me, projectId);
        Long partner = d.project().partnerGroupId();
        if (partner == null || !me.actsFor(partner)) {
            throw new NotFoundException("協働事業が見つかりません");
        }
        return d;
    }

    /** The person's open tasks in this project's process. */
    List<WorkService.TaskView> tasks(CurrentUser me, ProjectQueries.ProjectView p) {
        return work.myTasksIn(me, p.processInstanceId(), null);
    }

    Optional<WorkService.TaskView> task(CurrentUser me, ProjectQueries.ProjectView p, String taskKey) {
        return tasks(me, p).stream().filter(t -> taskKey.equals(t.taskKey())).findFirst();
    }

    /** The group's projects, newest first (for the group page). */
    public List<ProjectLine> projectsOf(CurrentUser me, long groupId) {
        if (me == null || !me.actsFor(groupId)) {
            return List.of();
        }
        return projects.list(me).stream().filter(p -> p.partnerGroupId() != null && p.partnerGroupId() == groupId)
                .map(p -> new ProjectLine(p, latest(me, p.id()))).toList();
    }

    private AgreementView latest(CurrentUser me, long projectId) {
        List<AgreementView> versions = projects.agreements(me, projectId);
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    /**
     * What is due for the group, by when: its open tasks on its projects (one task query for the person) and its
     * proposals that wait for the group (draft before the closing, correction after 差戻し, revision after
     * 条件付き採択), soonest deadline first; those without a deadline last.
     */
    public List<Due> dueFor(CurrentUser me, long groupId) {
        if (me == null || !me.actsFor(groupId)) {
            return List.of();
        }
        Map<String, ProjectQueries.ProjectView> byProcess = projects.list(me).stream()
                .filter(p -> p.partnerGroupId() != null && p.partnerGroupId() == groupId && p.processInstanceId() != null)
                .collect(Collectors.toMap(ProjectQueries.ProjectView::processInstanceId, p -> p, (a, b) -> a));
        List<Due> due = new java.util.ArrayList<>();
        // a group's members have a handful of open tasks; the page shows at most a page of them
        for (WorkService.TaskView t : work.myOldestTasks(me, jp.kyodoflow.common.Paging.MAX_SIZE)) {
            ProjectQueries.ProjectView project = byProcess.get(t.processInstanceId());
            if (project != null) {
                due.add(new Due(t.id(), t.name(), project.title(), t.due(), page(project.id(), t.taskKey())));
            }
        }
        for (ProposalService.ProposalView p : proposals.ofGroup(me, groupId)) {
            if (WAITING_FOR_GROUP.contains(p.status())) {
                String title = p.content() == null || p.content().title() == null ? "PR-" + p.id() : p.content().title();
                due.add(new Due(null, p.nextForGroup(), title, p.dueAt(), null));
            }
        }
        due.sort(java.util.Comparator.comparing(Due::due, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return due;
    }

    private static final Set<String> WAITING_FOR_GROUP = Set.of("DRAFT", "SENT_BACK", "REVISING");

    private static String page(long projectId, String taskKey) {
        return switch (taskKey) {
            case SIGN -> "/mypage/projects/" + projectId + "/agreement";
            case SELF_EVALUATE -> "/mypage/projects/" + projectId + "/self-evaluation";
            default -> null;
        };
    }
}
