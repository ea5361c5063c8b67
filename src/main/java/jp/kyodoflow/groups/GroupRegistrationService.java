package jp.kyodoflow.groups;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.audit.AuditTrail;
import jp.kyodoflow.common.ActivityField;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.common.Paging;
import jp.kyodoflow.common.SqlPage;
import jp.kyodoflow.municipality.MunicipalityProperties;
import jp.kyodoflow.municipality.RuleProperties;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.IdentityDirectory;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.common.ForbiddenException;
import jp.kyodoflow.groups.events.GroupApplicationLapsed;
import jp.kyodoflow.groups.events.GroupApplicationRefused;
import jp.kyodoflow.groups.events.GroupApplicationResubmitted;
import jp.kyodoflow.groups.events.GroupApplicationSentBack;
import jp.kyodoflow.groups.events.GroupApplicationSubmitted;
import jp.kyodoflow.groups.events.GroupCase;
import jp.kyodoflow.groups.events.GroupCorrectionReminded;
import jp.kyodoflow.groups.events.GroupEligibilityChecked;
import jp.kyodoflow.groups.events.GroupRegistered;
import jp.kyodoflow.groups.process.GroupApplicationVariables;
import jp.kyodoflow.security.EngineAccess;
import jp.kyodoflow.workflow.ProcessKeys;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The life of a registration application: submitted, checked, sent back, registered, refused, lapsed. */
@Service
@Transactional
public class GroupRegistrationService {

    static final String CASE = GroupCase.TYPE;

    public record EligibilityResult(boolean passed, List<String> reasons, String summary) {
    }

    public record SendBackResult(OffsetDateTime deadline, OffsetDateTime reminderAt) {
    }

    public record ApplicationView(Long id, String status, String groupName, String applicantUserId,
                                  Boolean eligibilityPassed, List<String> eligibilityReasons, String decisionReason,
                                  OffsetDateTime correctionDeadline, Long civicGroupId, OffsetDateTime submittedAt,
                                  OffsetDateTime decidedAt, String decidedBy, GroupApplicationRequest content,
                                  List<AuditTrail.Entry> history) {
    }

    private final GroupApplicationRepository applications;
    private final CivicGroupRepository groups;
    private final RuleProperties rules;
    private final MunicipalityProperties city;
    private final Validator validator;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final IdentityDirectory identity;
    private final RuntimeService runtime;
    private final EngineAccess engine;
    private final Clock clock;
    private final EntityManager em;

    GroupRegistrationService(GroupApplicationRepository applications, CivicGroupRepository groups,
                             RuleProperties rules, MunicipalityProperties city, Validator validator,
                             AuditTrail audit, ApplicationEventPublisher events, IdentityDirectory identity,
                             RuntimeService runtime, EngineAccess engine, Clock clock, EntityManager em) {
        this.clock = clock;
        this.em = em;
        this.runtime = runtime;
        this.engine = engine;
        this.applications = applications;
        this.groups = groups;
        this.rules = rules;
        this.city = city;
        this.validator = validator;
        this.audit = audit;
        this.events = events;
        this.identity = identity;
    }

    /**
     * Starts GroupRegistrationProcess for the person, exactly as the Tasklist start form does.
     * Invalid content is refused before anything is stored.
     */
    public ApplicationView submit(CurrentUser applicant, GroupApplicationRequest request) {
        if (!applicant.has(Roles.APPLICANT)) {
            throw new ForbiddenException("団体登録の申請は、申請者（市民）のアカウントで行ってください");
        }
        validate(request);
        ProcessInstance pi = engine.as(applicant, () -> runtime.startProcessInstanceByKey(
                ProcessKeys.GROUP_REGISTRATION, GroupApplicationVariables.toVariables(request)));
        Long id = (Long) runtime.getVariable(pi.getId(), "applicationId");
        return view(load(id), true);
    }

    /** Checks that the content is complete and well-formed (not the registration rules). */
    public void validate(GroupApplicationRequest request) {
        List<String> problems = new java.util.ArrayList<>(validator.validate(request).stream()
                .map(v -> v.getPropertyPath() + "：" + v.getMessage()).sorted().toList());
        request.activityFields().stream().filter(f -> !ActivityField.isCode(f))
                .forEach(f -> problems.add("activityFields：不明な活動分野です（" + f + "）"));
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("申請内容に不足または誤りがあります", problems);
        }
    }

    public long recordApplication(GroupApplicationRequest request, String applicantUserId, String processInstanceId) {
        validate(request);
        GroupApplication application = applications.save(
                new GroupApplication(applicantUserId, processInstanceId, request, OffsetDateTime.now(clock)));
        events.publishEvent(new GroupApplicationSubmitted(application.id, applicantUserId, application.groupName));
        return application.id;
    }

    public EligibilityResult checkEligibility(long applicationId) {
        GroupApplication application = load(applicationId);
        RuleProperties.Registration r = rules.registration();
        List<String> reasons = RegistrationRules.check(application.request(), r, city.name(), LocalDate.now(clock));
        application.eligibilityPassed = reasons.isEmpty();
        application.eligibilityReasons = reasons;
        application.rulesSnapshot = Map.of("municipality", city.name(), "minMembers", r.minMembers(),
                "requireBaseInCity", r.requireBaseInCity(), "requireBylaws", r.requireBylaws(),
                "requireAccounting", r.requireAccounting(), "minActiveYears", r.minActiveYears());
        events.publishEvent(new GroupEligibilityChecked(applicationId, List.copyOf(reasons)));
        return new EligibilityResult(reasons.isEmpty(), reasons, RegistrationRules.summary(reasons));
    }

    public GroupRegister.GroupSummary register(long applicationId, String coordinatorId, String comment) {
        GroupApplication application = load(applicationId);
        application.requireStatus(GroupApplication.Status.SUBMITTED, "登録");
        if (!Boolean.TRUE.equals(application.eligibilityPassed)) {
            throw new BusinessRuleException("登録要件を満たしていないため登録できません。差戻しまたは不受理を選んでください",
                    application.eligibilityReasons);
        }
        GroupApplicationRequest request = application.request();
        if (groups.existsByNameAndStatus(request.groupName(), CivicGroup.Status.REGISTERED)) {
            throw new BusinessRuleException("同じ名称の団体がすでに登録されています（" + request.groupName() + "）");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        FiscalYear year = FiscalYear.current(clock);
        String number = "R" + (year.year() - 2018) + "-" + String.format("%04d", groups.nextRegistrationSequence());
        CivicGroup group = groups.saveAndFlush(new CivicGroup(number, request, applicationId, coordinatorId, now,
                year.lastDay()));
        group.camundaGroupId = Roles.civicGroup(group.id);
        List<String> users = new java.util.ArrayList<>(List.of(application.applicantUserId));
        request.officers().stream().map(GroupApplicationRequest.Person::userId).filter(u -> u != null && !u.isBlank())
                .forEach(users::add);
        identity.ensureGroup(group.camundaGroupId, group.name, Roles.TYPE_CIVIC_GROUP, users);
        application.status = GroupApplication.Status.REGISTERED;
        application.civicGroupId = group.id;
        decided(application, coordinatorId, comment, now);
        events.publishEvent(new GroupRegistered(applicationId, group.id, group.name, number, year.lastDay(),
                application.applicantUserId, comment, coordinatorId));
        return group.summary();
    }

    public SendBackResult sendBack(long applicationId, String coordinatorId, String reason) {
        GroupApplication application = load(applicationId);
        application.requireStatus(GroupApplication.Status.SUBMITTED, "差戻し");
        requireReason(reason, "差戻し");
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime deadline = now.plus(rules.registration().correctionPeriod());
        application.status = GroupApplication.Status.SENT_BACK;
        application.correctionDeadline = deadline;
        decided(application, coordinatorId, reason, now);
        events.publishEvent(new GroupApplicationSentBack(applicationId, application.applicantUserId, reason, deadline,
                coordinatorId));
        return new SendBackResult(deadline, deadline.minus(rules.registration().reminderBefore()));
    }

    public void recordCorrection(long applicationId, GroupApplicationRequest request) {
        validate(request);
        GroupApplication application = load(applicationId);
        application.requireStatus(GroupApplication.Status.SENT_BACK, "修正");
        application.replaceContent(request);
        application.status = GroupApplication.Status.SUBMITTED;
        application.correctionDeadline = null;
        events.publishEvent(new GroupApplicationResubmitted(applicationId, application.applicantUserId));
    }

    public void remindCorrection(long applicationId) {
        GroupApplication application = load(applicationId);
        events.publishEvent(new GroupCorrectionReminded(applicationId, application.applicantUserId,
                application.correctionDeadline));
    }

    public void lapse(long applicationId) {
        GroupApplication application = load(applicationId);
        application.requireStatus(GroupApplication.Status.SENT_BACK, "失効");
        application.status = GroupApplication.Status.LAPSED;
        events.publishEvent(new GroupApplicationLapsed(applicationId, application.applicantUserId,
                application.correctionDeadline));
    }

    public void refuse(long applicationId, String coordinatorId, String reason) {
        GroupApplication application = load(applicationId);
        application.requireStatus(GroupApplication.Status.SUBMITTED, "不受理に");
        requireReason(reason, "不受理");
        application.status = GroupApplication.Status.REFUSED;
        decided(application, coordinatorId, reason, OffsetDateTime.now(clock));
        events.publishEvent(new GroupApplicationRefused(applicationId, application.applicantUserId, reason,
                coordinatorId));
    }

    /**
     * One page of the applications the person may read, newest first: the coordinator and administrators every
     * one, an applicant their own; {@code status} (SUBMITTED, SENT_BACK, REGISTERED, REFUSED, LAPSED) narrows it.
     */
    @Transactional(readOnly = true)
    public Paging.Page<ApplicationView> applications(CurrentUser user, String status, Paging paging) {
        SqlPage q = SqlPage.from("group_application");
        if (!user.has(Roles.COORDINATOR) && !user.has(Roles.ADMIN)) {
            q.where("t.applicant_user_id = :userId", "userId", user.userId());
        }
        if (status != null) {
            q.where("t.status = :status", "status", SqlPage.parse(GroupApplication.Status.class, "status", status).name());
        }
        return q.fetch(em, GroupApplication.class, "t.id desc", paging).map(a -> view(a, false));
    }

    /** The person's own applications (a person has few: the portal's page); the API pages with {@link #applications}. */
    @Transactional(readOnly = true)
    public List<ApplicationView> applicationsVisibleTo(CurrentUser user) {
        return applications.findByApplicantUserIdOrderByIdDesc(user.userId()).stream().map(a -> view(a, false)).toList();
    }

    @Transactional(readOnly = true)
    public ApplicationView application(CurrentUser user, long applicationId) {
        GroupApplication a = applications.findById(applicationId)
                .filter(x -> user.has(Roles.COORDINATOR) || user.has(Roles.ADMIN) || x.applicantUserId.equals(user.userId()))
                .orElseThrow(() -> new NotFoundException("申請が見つかりません"));
        return view(a, true);
    }

    private ApplicationView view(GroupApplication a, boolean withHistory) {
        return new ApplicationView(a.id, a.status.name(), a.groupName, a.applicantUserId, a.eligibilityPassed,
                a.eligibilityReasons, a.decisionReason, a.correctionDeadline, a.civicGroupId, a.submittedAt,
                a.decidedAt, a.decidedBy, a.request(), withHistory ? audit.history(CASE, a.id) : List.of());
    }

    private GroupApplication load(long applicationId) {
        return applications.findById(applicationId).orElseThrow(() -> new NotFoundException("申請が見つかりません"));
    }

    private static void requireReason(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException(what + "の理由を入力してください");
        }
    }

    private static void decided(GroupApplication application, String coordinatorId, String reason, OffsetDateTime at) {
        application.decidedAt = at;
        application.decidedBy = coordinatorId;
        application.decisionReason = reason;
    }
}
