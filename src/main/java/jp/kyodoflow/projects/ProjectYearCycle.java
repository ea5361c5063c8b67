package jp.kyodoflow.projects;

import java.time.Clock;
import java.time.OffsetDateTime;
import jp.kyodoflow.committee.ReviewRoundService;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.municipality.RuleProperties;
import jp.kyodoflow.projects.ProjectInputs.NextYear;
import jp.kyodoflow.projects.events.CommitteeEvaluationRequested;
import jp.kyodoflow.projects.events.ImplementationRecorded;
import jp.kyodoflow.projects.events.MaxYearsReached;
import jp.kyodoflow.projects.events.MidtermReviewed;
import jp.kyodoflow.projects.events.NextYearStarted;
import jp.kyodoflow.projects.events.ProjectReviewDecided;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project year from running to what comes after it: 事業実施 and its 中間ふりかえり, the committee round
 * of the 第三者評価, the approver's 見直し, and the next year, up to the project's maximum of years.
 */
@Service
@Transactional
public class ProjectYearCycle {

    /** What RunProjectForm says comes next. */
    private enum Implementation { COMPLETED, AMEND_AGREEMENT }

    private final ProjectRepository projects;
    private final ProgressRepository progress;
    private final ReviewRepository reviews;
    private final ReviewRoundService reviewRounds;
    private final RuleProperties rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProjectYearCycle(ProjectRepository projects, ProgressRepository progress, ReviewRepository reviews,
                     ReviewRoundService reviewRounds, RuleProperties rules, ApplicationEventPublisher events,
                     Clock clock) {
        this.projects = projects;
        this.progress = progress;
        this.reviews = reviews;
        this.reviewRounds = reviewRounds;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** 事業実施: the year is completed, or the signed agreement is to be amended (agreement forms only). */
    public void recordProgress(long id, String note, String outcome, String actor) {
        CollaborationProject p = projects.require(id);
        p.requireStatus(ProjectStatus.RUNNING);
        ProjectValidation.required(note, "進捗・実施状況");
        Implementation next = ProjectValidation.choice(outcome, Implementation.class, "次の手続");
        if (next == Implementation.AMEND_AGREEMENT
                && p.collaborationForm.arrangement() != CollaborationForm.Arrangement.AGREEMENT) {
            throw new BusinessRuleException("協定による協働ではないため、協定の変更はできません（" + p.collaborationForm.label() + "）");
        }
        saveProgress(p, "PROGRESS", note, null, null, actor);
        p.status = next == Implementation.COMPLETED ? ProjectStatus.EVALUATING : ProjectStatus.RUNNING;
        events.publishEvent(new ImplementationRecorded(id, p.projectYear, next.name(), note, actor));
    }

    public void recordMidtermReview(long id, String progressNote, String issues, String adjustments, String actor) {
        CollaborationProject p = projects.require(id);
        ProjectValidation.required(progressNote, "目標に対する進捗");
        saveProgress(p, "MIDTERM_REVIEW", progressNote, issues, adjustments, actor);
        events.publishEvent(new MidtermReviewed(id, p.projectYear, progressNote, actor));
    }

    /** 第三者評価: a committee round for the project year, its partner group as the "applicant". */
    public long openCommitteeEvaluation(long id) {
        CollaborationProject p = projects.require(id);
        p.requireStatus(ProjectStatus.EVALUATING);
        long roundId = reviewRounds.createEvaluationRound("PJ-" + id + " " + p.title + "（" + p.projectYear + "年目）第三者評価",
                id, p.partnerGroupId, rules.evaluation().configName(), rules.evaluation().members(), "system");
        events.publishEvent(new CommitteeEvaluationRequested(id, p.projectYear, roundId));
        return roundId;
    }

    /** 見直し: continue, improve and continue, or end; the partner group is told. */
    public void decideContinuation(long id, String decision, String reason, String lessons, String actor) {
        CollaborationProject p = projects.require(id);
        p.requireStatus(ProjectStatus.EVALUATING, ProjectStatus.REVIEWING);
        ContinuationDecision answer = ProjectValidation.choice(decision, ContinuationDecision.class, "継続の判断");
        ProjectValidation.required(reason, "判断の理由");
        ProjectRecords.Review row = new ProjectRecords.Review(OffsetDateTime.now(clock));
        row.projectId = id;
        row.projectYear = p.projectYear;
        row.decision = answer;
        row.reason = reason;
        row.lessons = lessons;
        row.decidedBy = actor;
        reviews.save(row);
        p.status = answer == ContinuationDecision.END ? ProjectStatus.ENDED : ProjectStatus.REVIEWING;
        events.publishEvent(new ProjectReviewDecided(id, p.title, p.projectYear, answer.name(), answer.label(), reason,
                lessons, p.partnerGroupId, actor));
    }

    /** Continuing projects start the next fiscal year at 協議, up to the project's maximum years. */
    public NextYear startNextYear(long id) {
        CollaborationProject p = projects.require(id);
        p.requireStatus(ProjectStatus.REVIEWING);
        if (p.projectYear + 1 > p.maxYears) {
            p.status = ProjectStatus.ENDED_MAX_YEARS;
            events.publishEvent(new MaxYearsReached(id, p.projectYear, p.maxYears));
            return new NextYear(false, p.projectYear);
        }
        p.projectYear++;
        p.fiscalYear++;
        p.status = ProjectStatus.ARRANGING;
        events.publishEvent(new NextYearStarted(id, p.projectYear, p.fiscalYear));
        return new NextYear(true, p.projectYear);
    }

    private void saveProgress(CollaborationProject p, String kind, String note, String issues, String adjustments,
                              String actor) {
        ProjectRecords.Progress row = new ProjectRecords.Progress(OffsetDateTime.now(clock));
        row.projectId = p.id;
        row.projectYear = p.projectYear;
        row.kind = kind;
        row.note = note;
        row.issues = issues;
        row.adjustments = adjustments;
        row.recordedBy = actor;
        progress.save(row);
    }
}
