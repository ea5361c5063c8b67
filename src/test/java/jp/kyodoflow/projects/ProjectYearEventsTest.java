package jp.kyodoflow.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.kyodoflow.committee.ReviewRoundService;
import jp.kyodoflow.common.AuditLine;
import jp.kyodoflow.common.DomainEvent;
import jp.kyodoflow.projects.events.MaxYearsReached;
import jp.kyodoflow.projects.events.NextYearStarted;
import jp.kyodoflow.projects.events.ProjectReviewDecided;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The end of a project year as events: the review decision (with the label the partner reads), then
 * the next year in the next fiscal year, or the end at the project's maximum of years; each with the
 * history line it leaves.
 */
class ProjectYearEventsTest {

    static final long PROJECT = 11L;

    final ProjectRepository projects = mock(ProjectRepository.class);
    final List<Object> published = new ArrayList<>();
    /** No rules: only the committee round reads them. */
    final ProjectYearCycle yearCycle = new ProjectYearCycle(projects, mock(ProgressRepository.class),
            mock(ReviewRepository.class), mock(ReviewRoundService.class), null, published::add, Clock.systemUTC());
    final CollaborationProject project = new CollaborationProject("防災マップづくり", "避難経路が知られていない", null,
            "BOSAI", "DEPARTMENT", "bosai1", "dept-bosai", 2, 2026, "pi-2", OffsetDateTime.now());

    @BeforeEach
    void aProjectAfterItsEvaluation() {
        project.id = PROJECT;
        project.partnerGroupId = 2L;
        project.status = ProjectStatus.EVALUATING;
        when(projects.require(PROJECT)).thenReturn(project);
    }

    AuditLine lastLine() {
        return ((DomainEvent) published.get(published.size() - 1)).audit();
    }

    @Test
    void aContinuedYearStartsTheNextFiscalYearAndTheSecondContinuationEndsAtTheMaximum() {
        yearCycle.decideContinuation(PROJECT, "IMPROVE_AND_CONTINUE", "参加者が伸びた", "周知を早める", "approver1");
        assertThat(published).singleElement().isEqualTo(new ProjectReviewDecided(PROJECT, "防災マップづくり", 1,
                "IMPROVE_AND_CONTINUE", "改善して継続", "参加者が伸びた", "周知を早める", 2L, "approver1"));
        assertThat(lastLine()).isEqualTo(AuditLine.of("PROJECT", PROJECT, "見直し", "IMPROVE_AND_CONTINUE", "参加者が伸びた",
                "approver1"));

        assertThat(yearCycle.startNextYear(PROJECT)).isEqualTo(new ProjectInputs.NextYear(true, 2));
        assertThat(published.get(1)).isEqualTo(new NextYearStarted(PROJECT, 2, 2027));
        assertThat(lastLine()).isEqualTo(AuditLine.of("PROJECT", PROJECT, "見直し", "NEXT_YEAR_2", "令和9年度", "system"));
        assertThat(project.status).isEqualTo(ProjectStatus.ARRANGING);

        project.status = ProjectStatus.EVALUATING;
        yearCycle.decideContinuation(PROJECT, "CONTINUE", "目標を達成", null, "approver1");
        assertThat(yearCycle.startNextYear(PROJECT)).isEqualTo(new ProjectInputs.NextYear(false, 2));
        assertThat(published.get(3)).isEqualTo(new MaxYearsReached(PROJECT, 2, 2));
        assertThat(lastLine()).isEqualTo(AuditLine.of("PROJECT", PROJECT, "見直し", "MAX_YEARS_REACHED", "上限2年に達しました",
                "system"));
        assertThat(project.status).isEqualTo(ProjectStatus.ENDED_MAX_YEARS);
    }

    @Test
    void anEndIsDecidedWithItsLabelAndAProjectWithoutPartnerSaysSo() {
        project.partnerGroupId = null;
        yearCycle.decideContinuation(PROJECT, "END", "所期の目的を達成", null, "approver1");
        assertThat(published).singleElement().isEqualTo(new ProjectReviewDecided(PROJECT, "防災マップづくり", 1, "END",
                "終了", "所期の目的を達成", null, null, "approver1"));
        assertThat(project.status).isEqualTo(ProjectStatus.ENDED);
    }
}
