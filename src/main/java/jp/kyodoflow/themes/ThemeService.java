package jp.kyodoflow.themes;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.common.ForbiddenException;
import jp.kyodoflow.common.JapaneseFormat;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.common.Paging;
import jp.kyodoflow.common.SqlPage;
import jp.kyodoflow.municipality.MunicipalityProperties;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.EngineAccess;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.themes.events.ThemeApproved;
import jp.kyodoflow.themes.events.ThemeDrafted;
import jp.kyodoflow.themes.events.ThemeForwarded;
import jp.kyodoflow.themes.events.ThemeReturned;
import jp.kyodoflow.themes.events.ThemeRevised;
import jp.kyodoflow.workflow.ProcessKeys;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A department's theme from draft to approval (テーマ作成 → テーマ審査 → 決裁, with 差戻し and resubmission),
 * and reading themes: published ones by anyone, the others by their department and the city-wide staff.
 */
@Service
@Transactional
public class ThemeService {

    @Schema(name = "ThemeView")
    public record ThemeView(Long id, int fiscalYear, String fiscalYearLabel, String title, String problem,
                            String desiredOutcome, String expectedWork, long budgetCeilingYen, int fundingRate,
                            LocalDate periodFrom, LocalDate periodTo, String departmentGroup, String departmentName,
                            String collaborationForm, boolean preConsultationRequired, String status,
                            String statusLabel, String returnReason, ThemeCalls.PublicationView current,
                            List<ThemeCalls.PublicationView> earlier, String processInstanceId, int version) {
    }

    private final ThemeRepository themes;
    private final PublicationRepository publications;
    private final ThemeCallRepository calls;
    private final ThemeLists lists;
    private final MunicipalityProperties city;
    private final ApplicationEventPublisher events;
    private final RuntimeService runtime;
    private final EngineAccess engine;
    private final Clock clock;

    ThemeService(ThemeRepository themes, PublicationRepository publications, ThemeCallRepository calls,
                 ThemeLists lists, MunicipalityProperties city, ApplicationEventPublisher events, RuntimeService runtime,
                 EngineAccess engine, Clock clock) {
        this.themes = themes;
        this.publications = publications;
        this.calls = calls;
        this.lists = lists;
        this.city = city;
        this.events = events;
        this.runtime = runtime;
        this.engine = engine;
        this.clock = clock;
    }

    /** As the start form in Tasklist: starts AdministrationThemeProcess as the department's person. */
    public ThemeView draft(CurrentUser user, ThemeInputs.ThemeDraft draft) {
        String department = departmentOf(user);
        requireValid(draft);
        Map<String, Object> vars = new HashMap<>(formValues(draft));
        ProcessInstance pi = engine.as(user, () -> runtime.startProcessInstanceByKey(ProcessKeys.ADMINISTRATION_THEME, vars));
        Theme t = themes.findByProcessInstanceId(pi.getId())
                .orElseThrow(() -> new IllegalStateException("theme of " + pi.getId() + " not recorded (" + department + ")"));
        return view(t, true);
    }

    /** Task_RecordTheme: the start form's values become the theme, in the drafter's department. */
    public long record(ThemeInputs.ThemeDraft draft, String actor, List<String> actorDepartments, String processInstanceId) {
        if (actorDepartments.size() != 1) {
            throw new ForbiddenException(actorDepartments.isEmpty() ? "テーマの作成は、市の担当課の職員が行います"
                    : "複数の課に所属しているため、どの課のテーマか決められません。管理者に所属の整理を依頼してください");
        }
        requireValid(draft);
        Theme t = new Theme(now());
        t.apply(draft);
        t.departmentGroup = actorDepartments.get(0);
        t.draftedBy = actor;
        t.processInstanceId = processInstanceId;
        t = themes.saveAndFlush(t);
        events.publishEvent(new ThemeDrafted(t.id, t.title, t.departmentGroup, actor));
        return t.id;
    }

    /** テーマ審査 (coordinator): forward to the approver, or return to the department with reasons. */
    public boolean review(long id, String decision, String comment, String actor) {
        Theme t = themes.load(id);
        t.requireStatus(ThemeStatus.IN_REVIEW);
        if ("FORWARD".equals(decision)) {
            t.status = ThemeStatus.IN_APPROVAL;
            events.publishEvent(new ThemeForwarded(id, t.title, blankToNull(comment), actor));
            return true;
        }
        if (!"RETURN".equals(decision)) {
            throw new BusinessRuleException("確認の結果（決裁へ進める・差し戻す）を選んでください");
        }
        returnTheme(t, "テーマ審査", comment, actor);
        return false;
    }

    /** 決裁 (approver): approve, or return to the department with reasons. */
    public boolean approve(long id, String decision, String reason, String actor) {
        Theme t = themes.load(id);
        t.requireStatus(ThemeStatus.IN_APPROVAL);
        if ("APPROVE".equals(decision)) {
            t.status = ThemeStatus.APPROVED;
            t.approvedBy = actor;
            t.approvedAt = now();
            t.returnReason = null;
            events.publishEvent(new ThemeApproved(id, t.title, t.departmentGroup, actor));
            return true;
        }
        if (!"RETURN".equals(decision)) {
            throw new BusinessRuleException("決裁の結果（承認する・差し戻す）を選んでください");
        }
        returnTheme(t, "決裁", reason, actor);
        return false;
    }

    private void returnTheme(Theme t, String step, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("差し戻す場合は、その理由を入力してください");
        }
        t.status = ThemeStatus.RETURNED;
        t.returnReason = reason.strip();
        t.returnedBy = actor;
        events.publishEvent(new ThemeReturned(t.id, t.title, t.departmentGroup, step, t.returnReason, actor));
    }

    /** テーマの修正: the department revises a returned theme; it goes to the coordinator again. */
    public void revise(long id, ThemeInputs.ThemeDraft draft, String actor) {
        Theme t = themes.load(id);
        t.requireStatus(ThemeStatus.RETURNED);
        requireValid(draft);
        t.apply(draft);
        t.status = ThemeStatus.IN_REVIEW;
        events.publishEvent(new ThemeRevised(id, t.title, actor));
    }

    /** What the reviewer and the approver read in their form. */
    @Transactional(readOnly = true)
    public String summary(long id) {
        Theme t = themes.load(id);
        return "テーマ：" + t.title + "（" + new FiscalYear(t.fiscalYear).label() + "・" + city.departmentName(t.departmentGroup) + "）\n"
                + "解決したい課題：" + t.problem + "\n目指す成果：" + t.desiredOutcome + "\n想定する事業内容：" + t.expectedWork
                + "\n市の負担額の上限：" + JapaneseFormat.yen(t.budgetCeilingYen) + "（事業費の" + t.fundingRate + "%まで）"
                + "\n事業期間：" + JapaneseFormat.day(t.periodFrom) + "〜" + JapaneseFormat.day(t.periodTo)
                + "\n協働の形態：" + ThemeLabels.form(t.collaborationForm)
                + "\n事前協議：" + (t.preConsultationRequired ? "必須" : "任意")
                + (t.returnReason == null ? "" : "\n前回の差戻し理由：" + t.returnReason);
    }

    /** The theme's values under the form keys (DraftThemeForm / ReviseThemeForm), for the revision form. */
    @Transactional(readOnly = true)
    public Map<String, Object> formValuesOf(long id) {
        Map<String, Object> values = new HashMap<>(formValues(themes.load(id).draft()));
        values.put("returnReason", themes.load(id).returnReason);
        return values;
    }

    /** The department that works on the theme's tasks. */
    @Transactional(readOnly = true)
    public String departmentOf(long id) {
        return themes.load(id).departmentGroup;
    }

    // ---- reading ----

    /**
     * One page of the themes the person may read, newest year first: published ones for everyone, drafts for
     * their department and the city-wide staff; {@code fiscalYear} and {@code status} narrow it. The themes'
     * publications and calls are read once for the page.
     */
    @Transactional(readOnly = true)
    public Paging.Page<ThemeView> list(CurrentUser user, Integer fiscalYear, String status, Paging paging) {
        SqlPage q = lists.visibleTo(user);
        q.whereIf(fiscalYear, "t.fiscal_year = :fiscalYear", "fiscalYear");
        if (status != null) {
            q.where("t.status = :status", "status", SqlPage.parse(ThemeStatus.class, "status", status).name());
        }
        Paging.Page<Theme> page = lists.page(q, paging);
        return new Paging.Page<>(views(page.rows(), user), page.total());
    }

    /** Every theme the person may read (the portal's staff page; a city has a few dozen a year). */
    @Transactional(readOnly = true)
    public List<ThemeView> visibleTo(CurrentUser user) {
        return views(lists.all(lists.visibleTo(user)), user);
    }

    /** The theme, or 404 for anyone who may not read it (an unpublished theme outside its department). */
    @Transactional(readOnly = true)
    public ThemeView get(CurrentUser user, long id) {
        Theme t = themes.findById(id).filter(x -> mayRead(user, x))
                .orElseThrow(() -> new NotFoundException("テーマが見つかりません"));
        return view(t, mayReadInternal(user, t));
    }

    /** Published themes, for anyone (the portal without signing in), newest year first. */
    @Transactional(readOnly = true)
    public List<ThemeView> published() {
        return views(lists.all(lists.visibleTo(null)), null);
    }

    /** A published theme for anyone, or 404. */
    @Transactional(readOnly = true)
    public ThemeView publishedTheme(long id) {
        return themes.findById(id).filter(t -> t.status.published()).map(t -> view(t, false))
                .orElseThrow(() -> new NotFoundException("テーマが見つかりません"));
    }

    static boolean mayRead(CurrentUser user, Theme t) {
        return t.status.published() || mayReadInternal(user, t);
    }

    /**
     * The theme's own department and the city-wide staff (coordinator, approver, administrator) read drafts and
     * return reasons; committee members are not among them (they see a theme once it is published).
     */
    static boolean mayReadInternal(CurrentUser user, Theme t) {
        return user != null && (user.has(Roles.COORDINATOR) || user.has(Roles.APPROVER) || user.has(Roles.ADMIN)
                || user.departments().contains(t.departmentGroup));
    }

    ThemeView view(Theme t, boolean internal) {
        List<Publication> published = publications.findByThemeIdOrderByIdAsc(t.id);
        Map<Long, ThemeCall> byId = new HashMap<>();
        published.forEach(p -> byId.computeIfAbsent(p.callId, calls::load));
        return view(t, internal, published, byId);
    }

    /** The views of some themes, their publications and calls read in two statements whatever their number. */
    private List<ThemeView> views(List<Theme> page, CurrentUser user) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Publication>> byTheme = new HashMap<>();
        publications.findByThemeIdInOrderByIdAsc(page.stream().map(t -> t.id).toList())
                .forEach(p -> byTheme.computeIfAbsent(p.themeId, k -> new java.util.ArrayList<>()).add(p));
        Map<Long, ThemeCall> byId = new HashMap<>();
        List<Long> callIds = byTheme.values().stream().flatMap(List::stream).map(p -> p.callId).distinct().toList();
        if (!callIds.isEmpty()) {
            calls.findAllById(callIds).forEach(c -> byId.put(c.id, c));
        }
        return page.stream().map(t -> view(t, mayReadInternal(user, t), byTheme.getOrDefault(t.id, List.of()), byId))
                .toList();
    }

    private ThemeView view(Theme t, boolean internal, List<Publication> published, Map<Long, ThemeCall> callsById) {
        List<ThemeCalls.PublicationView> all = published.stream()
                .map(p -> ThemeCalls.view(p, callsById.get(p.callId), now(), internal)).toList();
        ThemeCalls.PublicationView current = all.isEmpty() ? null : all.get(all.size() - 1);
        return new ThemeView(t.id, t.fiscalYear, new FiscalYear(t.fiscalYear).label(), t.title, t.problem,
                t.desiredOutcome, t.expectedWork, t.budgetCeilingYen, t.fundingRate, t.periodFrom, t.periodTo,
                t.departmentGroup, city.departmentName(t.departmentGroup), t.collaborationForm,
                t.preConsultationRequired, t.status.name(), t.status.label(), internal ? t.returnReason : null,
                current, all.isEmpty() ? List.of() : all.subList(0, all.size() - 1), internal ? t.processInstanceId : null,
                t.version);
    }

    private String departmentOf(CurrentUser user) {
        if (user.departments().size() != 1) {
            throw new ForbiddenException(user.departments().isEmpty() ? "テーマの作成は、市の担当課の職員が行います"
                    : "複数の課に所属しているため、どの課のテーマか決められません。管理者に所属の整理を依頼してください");
        }
        return user.departments().get(0);
    }

    private void requireValid(ThemeInputs.ThemeDraft draft) {
        if (draft == null) {
            throw new BusinessRuleException("テーマの内容を入力してください");
        }
        List<String> problems = ThemeRules.draftProblems(draft, FiscalYear.current(clock));
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("テーマの内容に不足または誤りがあります", problems);
        }
    }

    /** The keys of DraftThemeForm, with dates as the forms' ISO strings. */
    static Map<String, Object> formValues(ThemeInputs.ThemeDraft d) {
        Map<String, Object> v = new HashMap<>();
        v.put("fiscalYear", (long) d.fiscalYear());
        v.put("title", d.title());
        v.put("problem", d.problem());
        v.put("desiredOutcome", d.desiredOutcome());
        v.put("expectedWork", d.expectedWork());
        v.put("budgetCeilingYen", d.budgetCeilingYen());
        v.put("fundingRate", d.fundingRate() == null ? null : (long) d.fundingRate());
        v.put("periodFrom", d.periodFrom() == null ? null : d.periodFrom().toString());
        v.put("periodTo", d.periodTo() == null ? null : d.periodTo().toString());
        v.put("collaborationForm", d.collaborationForm());
        v.put("preConsultationRequired", d.preConsultationRequired());
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
