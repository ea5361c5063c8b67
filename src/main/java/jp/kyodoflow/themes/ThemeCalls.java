package jp.kyodoflow.themes;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.Paging;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.common.ForbiddenException;
import jp.kyodoflow.committee.ReviewConfigService;
import jp.kyodoflow.committee.ReviewRoundService;
import jp.kyodoflow.committee.RoundInputs;
import jp.kyodoflow.proposals.RoundRules;
import jp.kyodoflow.proposals.ThemeProposals;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.EngineAccess;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.themes.events.ThemeCallClosed;
import jp.kyodoflow.themes.events.ThemePublished;
import jp.kyodoflow.themes.events.ThemeReviewStarted;
import jp.kyodoflow.workflow.CaseKeys;
import jp.kyodoflow.workflow.ProcessKeys;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公募: approved themes of a year published in a call (each theme's publication a call of the proposals
 * module, with the theme's ceiling, rate and 事前協議), the window's close, and the committee's start — one
 * ranking round per theme or one for the whole call, as the call is configured.
 */
@Service
@Transactional
public class ThemeCalls {

    @Schema(name = "ThemePublicationView")
    public record PublicationView(Long id, Long callId, String callTitle, Long proposalRoundId, OffsetDateTime opensAt,
                                  OffsetDateTime closesAt, OffsetDateTime questionsCloseAt, OffsetDateTime briefingAt,
                                  String briefingPlace, boolean open, boolean questionsOpen, String outcome,
                                  String outcomeLabel, Long partnerProposalId, String outcomeReason,
                                  Long committeeRoundId) {
    }

    @Schema(name = "ThemeCallView")
    public record CallView(Long id, String title, int fiscalYear, OffsetDateTime opensAt, OffsetDateTime closesAt,
                           OffsetDateTime questionsCloseAt, OffsetDateTime briefingAt, String briefingPlace,
                           String reviewScope, String status, List<Long> themeIds) {
    }

    /** What the committee's start left: the rounds to run and every theme of the call (with or without proposals). */
    public record Review(List<Long> committeeRoundIds, List<Long> themeIds) {
    }

    private final ThemeRepository themes;
    private final ThemeCallRepository calls;
    private final PublicationRepository publications;
    private final ThemeProposals proposals;
    private final ReviewRoundService committee;
    private final ReviewConfigService reviewConfigs;
    private final ApplicationEventPublisher events;
    private final RuntimeService runtime;
    private final EngineAccess engine;
    private final Clock clock;

    private final jakarta.persistence.EntityManager em;

    ThemeCalls(ThemeRepository themes, ThemeCallRepository calls, PublicationRepository publications,
               ThemeProposals proposals, ReviewRoundService committee, ReviewConfigService reviewConfigs,
               ApplicationEventPublisher events, RuntimeService runtime, EngineAccess engine, Clock clock,
               jakarta.persistence.EntityManager em) {
        this.em = em;
        this.themes = themes;
        this.calls = calls;
        this.publications = publications;
        this.proposals = proposals;
        this.committee = committee;
        this.reviewConfigs = reviewConfigs;
        this.events = events;
        this.runtime = runtime;
        this.engine = engine;
        this.clock = clock;
    }

    /** The coordinator publishes approved themes of one year; refused as a whole, nothing published. */
    public CallView publish(CurrentUser user, ThemeInputs.PublishCall in) {
        if (!user.has(Roles.COORDINATOR)) {
            throw new ForbiddenException("テーマの公募は、協働推進担当が行います");
        }
        List<Theme> chosen = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(in.themeIds())) {
            Theme t = themes.load(id);
            if (t.status != ThemeStatus.APPROVED) {
                problems.add("「" + t.title + "」は" + t.status.label() + "のため公募できません（決裁で承認されたテーマだけを公募できます）");
            }
            chosen.add(t);
        }
        if (chosen.stream().map(t -> t.fiscalYear).distinct().count() > 1) {
            problems.add("一度に公募できるのは同じ年度のテーマだけです");
        }
        ThemeInputs.Window window = new ThemeInputs.Window(in.opensAt(), in.closesAt(), in.questionsCloseAt(),
                in.preConsultationCutoff());
        problems.addAll(ThemeRules.windowProblems(window, now(), chosen.stream().anyMatch(t -> t.preConsultationRequired)));
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("公募できません", problems);
        }
        reviewConfigs.get(in.reviewConfigId());
        int year = chosen.get(0).fiscalYear;
        ThemeCall call = new ThemeCall(now());
        call.title = in.title() == null || in.title().isBlank() ? new FiscalYear(year).label() + " 行政提案型協働事業" : in.title().strip();
        call.fiscalYear = year;
        call.briefingAt = in.briefingAt();
        call.briefingPlace = in.briefingPlace();
        call.reviewConfigId = in.reviewConfigId();
        call.committee = in.committee();
        call.reviewScope = in.reviewScope() == null ? ReviewScope.THEME : in.reviewScope();
        call.createdBy = user.userId();
        return view(open(call, chosen, window, user.userId()));
    }

    /** A theme published again on its own (再公募), with the earlier call's committee and rules. */
    ThemeCall republish(ThemeCall earlier, Theme theme, ThemeInputs.Window window, String actor) {
        ThemeCall call = new ThemeCall(now());
        call.title = theme.title + "（再公募）";
        call.fiscalYear = earlier.fiscalYear;
        call.reviewConfigId = earlier.reviewConfigId;
        call.committee = earlier.committee;
        call.reviewScope = ReviewScope.THEME;
        call.createdBy = actor;
        return open(call, List.of(theme), window, actor);
    }

    private ThemeCall open(ThemeCall call, List<Theme> chosen, ThemeInputs.Window w, String actor) {
        call.opensAt = w.opensAt();
        call.closesAt = w.closesAt();
        call.questionsCloseAt = w.questionsCloseAt();
        ThemeCall saved = calls.saveAndFlush(call);
        for (Theme t : chosen) {
            RoundRules rules = new RoundRules(t.fiscalYear, w.opensAt(), w.closesAt(), t.preConsultationRequired,
                    t.preConsultationRequired ? w.preConsultationCutoff() : null, true, List.of(t.fundingRate),
                    Long.valueOf(t.budgetCeilingYen), false);
            long roundId = proposals.open(new ThemeProposals.ThemeCall(t.title, rules, t.id, t.departmentGroup,
                    t.collaborationForm), actor);
            Publication p = new Publication();
            p.callId = saved.id;
            p.themeId = t.id;
            p.proposalRoundId = roundId;
            publications.save(p);
            t.status = ThemeStatus.PUBLISHED;
            events.publishEvent(new ThemePublished(t.id, saved.id, roundId, t.title, t.departmentGroup, w.opensAt(),
                    w.closesAt(), actor));
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put("closesAt", Date.from(w.closesAt().toInstant()));
        vars.put("caseLabel", saved.title);
        saved.processInstanceId = engine.asSystem(() -> runtime.startProcessInstanceByKey(ProcessKeys.ADMINISTRATION_CALL,
                CaseKeys.key(CaseKeys.THEME_CALL, saved.id), vars)).getId();
        return saved;
    }

    /** 募集の締切: every theme's call stops taking proposals. */
    public void close(long callId) {
        ThemeCall call = calls.load(callId);
        if (call.status == ThemeCall.Status.OPEN) {
            call.status = ThemeCall.Status.CLOSED;
        }
        publications.findByCallIdOrderByIdAsc(callId).forEach(p -> proposals.close(p.proposalRoundId));
        events.publishEvent(new ThemeCallClosed(callId, call.title));
    }

    /**
     * What the coordinator reads before the committee starts, theme by theme, as of the close (締切時点): ○ ready
     * for the committee, － still in 要件審査 or 意見照会 (the start waits for it), × ended (不受理, 失効).
     */
    @Transactional(readOnly = true)
    public String readiness(long callId) {
        StringBuilder sb = new StringBuilder("締切時点の提案（○ 審査会へ、－ 要件審査・意見照会の途中、× 終了）\n");
        for (Publication p : publications.findByCallIdOrderByIdAsc(callId)) {
            sb.append("【").append(themes.load(p.themeId).title).append("】\n");
            List<ThemeProposals.Entry> entries = proposals.entries(p.proposalRoundId);
            if (entries.isEmpty()) {
                sb.append("提案はありません。審査会を開かず、担当課が再公募か取り下げかを決めます。\n");
            }
            for (ThemeProposals.Entry e : entries) {
                String mark = "AWAITING_REVIEW".equals(e.status()) ? "○ " : ThemeProposals.SCREENING.contains(e.status()) ? "－ " : "× ";
                sb.append(mark).append("PR-").append(e.proposalId()).append(' ').append(e.title()).append("（")
                        .append(e.statusLabel()).append("）\n");
            }
        }
        return sb.append("－ の提案があるうちは審査会を開始できません（差戻し中の提案は再提出か失効を待ちます）。").toString();
    }

    /** 審査会の開始: the ready proposals of each theme go to a ranking round (per theme, or one for the call). */
    public Review startReview(long callId, String actor) {
        ThemeCall call = calls.load(callId);
        if (call.status != ThemeCall.Status.CLOSED) {
            throw new BusinessRuleException("この公募は締切前か、すでに審査を始めています");
        }
        List<String> pending = new ArrayList<>();
        publications.findByCallIdOrderByIdAsc(callId).forEach(p -> pending.addAll(proposals.stillScreened(p.proposalRoundId)));
        if (!pending.isEmpty()) {
            throw new BusinessRuleException("要件審査・意見照会が終わっていない提案があります。終わってから審査会を開始してください", pending);
        }
        call.status = ThemeCall.Status.REVIEWING;
        List<Long> roundIds = new ArrayList<>();
        List<Long> themeIds = new ArrayList<>();
        Map<Publication, List<RoundInputs.ProposalInput>> ready = new java.util.LinkedHashMap<>();
        for (Publication p : publications.findByCallIdOrderByIdAsc(callId)) {
            themeIds.add(p.themeId);
            List<RoundInputs.ProposalInput> inputs = proposals.takeReadyForReview(p.proposalRoundId);
            if (!inputs.isEmpty()) {
                ready.put(p, inputs);
            }
        }
        if (call.reviewScope == ReviewScope.CALL && !ready.isEmpty()) {
            List<RoundInputs.ProposalInput> all = new ArrayList<>();
            ready.forEach((p, inputs) -> inputs.forEach(i -> all.add(new RoundInputs.ProposalInput(i.refType(), i.refId(),
                    shorten("【" + themes.load(p.themeId).title + "】" + i.title()), i.applicantGroupId(), i.requestedYen(),
                    i.dossier()))));
            long roundId = committee.createRanking(new RoundInputs.CreateRound(shorten(call.title + " 審査会"),
                    call.reviewConfigId, null, call.committee, all), actor);
            ready.keySet().forEach(p -> link(p, roundId));
            roundIds.add(roundId);
        } else {
            ready.forEach((p, inputs) -> {
                long roundId = committee.createRanking(new RoundInputs.CreateRound(
                        shorten(themes.load(p.themeId).title + " 審査会"), call.reviewConfigId, null, call.committee, inputs), actor);
                link(p, roundId);
                roundIds.add(roundId);
            });
        }
        events.publishEvent(new ThemeReviewStarted(callId, call.title, List.copyOf(roundIds), actor));
        return new Review(roundIds, themeIds);
    }

    private void link(Publication p, long committeeRoundId) {
        p.committeeRoundId = committeeRoundId;
        proposals.linkCommitteeRound(p.proposalRoundId, committeeRoundId);
    }

    /** Every theme of the call has its outcome. */
    public void finish(long callId) {
        calls.load(callId).status = ThemeCall.Status.DONE;
    }

    // ---- reading ----

    /** One page of the calls, newest first; their themes read in one statement for the page. */
    @Transactional(readOnly = true)
    public Paging.Page<CallView> list(Paging paging) {
        Paging.Page<ThemeCall> page = jp.kyodoflow.common.SqlPage.from("theme_call").fetch(em, ThemeCall.class, "t.id desc",
                paging);
        java.util.Map<Long, List<Long>> themesByCall = new java.util.HashMap<>();
        if (!page.rows().isEmpty()) {
            publications.findByCallIdInOrderByIdAsc(page.rows().stream().map(c -> c.id).toList()).forEach(p ->
                    themesByCall.computeIfAbsent(p.callId, k -> new java.util.ArrayList<>()).add(p.themeId));
        }
        return page.map(c -> view(c, themesByCall.getOrDefault(c.id, List.of())));
    }

    @Transactional(readOnly = true)
    public CallView get(long id) {
        return view(calls.load(id));
    }

    CallView view(ThemeCall c) {
        return view(c, publications.findByCallIdOrderByIdAsc(c.id).stream().map(p -> p.themeId).toList());
    }

    private static CallView view(ThemeCall c, List<Long> themeIds) {
        return new CallView(c.id, c.title, c.fiscalYear, c.opensAt, c.closesAt, c.questionsCloseAt, c.briefingAt,
                c.briefingPlace, c.reviewScope.name(), c.status.name(), themeIds);
    }

    static PublicationView view(Publication p, ThemeCall c, OffsetDateTime now, boolean internal) {
        boolean open = c.status == ThemeCall.Status.OPEN && !now.isBefore(c.opensAt) && now.isBefore(c.closesAt);
        boolean questions = c.status == ThemeCall.Status.OPEN && c.takesQuestionsAt(now);
        boolean reasonPublic = p.outcome == Publication.Outcome.WITHDRAWN;
        return new PublicationView(p.id, c.id, c.title, p.proposalRoundId, c.opensAt, c.closesAt, c.questionsCloseAt,
                c.briefingAt, c.briefingPlace, open, questions, p.outcome == null ? null : p.outcome.name(),
                p.outcome == null ? null : p.outcome.label, p.partnerProposalId,
                internal || reasonPublic ? p.outcomeReason : null, internal ? p.committeeRoundId : null);
    }

    private static String shorten(String title) {
        return title.length() <= 200 ? title : title.substring(0, 199) + "…";
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
