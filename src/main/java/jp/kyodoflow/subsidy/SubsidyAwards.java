package jp.kyodoflow.subsidy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.committee.ReviewConfigService;
import jp.kyodoflow.committee.ReviewRoundService;
import jp.kyodoflow.committee.RoundInputs;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.common.FiscalYear;
import jp.kyodoflow.common.Paging;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.EngineAccess;
import jp.kyodoflow.security.Roles;
import jp.kyodoflow.subsidy.events.SubsidyAwardsPublished;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 優良事業表彰: once a year the committee ranks the year's completed projects, the ranks of the year's rules go to the
 * best (最優秀賞 ×1, 優秀賞 ×2, …), the coordinator confirms, and the results are published on the portal.
 */
@Service
@Transactional
public class SubsidyAwards implements SubsidyAwardSteps {

    public static final String REF_TYPE = "SUBSIDY_PROJECT";

    private final AwardRepository awards;
    private final AwardEntryRepository entries;
    private final SubsidyApplicationRepository applications;
    private final SubsidyRulebook rulebook;
    private final SubsidyReading reading;
    private final ReviewRoundService rounds;
    private final ReviewConfigService configs;
    private final ApplicationEventPublisher events;
    private final EngineAccess engine;
    private final Clock clock;

    private final jakarta.persistence.EntityManager em;

    SubsidyAwards(AwardRepository awards, AwardEntryRepository entries, SubsidyApplicationRepository applications,
                  SubsidyRulebook rulebook, SubsidyReading reading, ReviewRoundService rounds,
                  ReviewConfigService configs, ApplicationEventPublisher events, EngineAccess engine, Clock clock,
                  jakarta.persistence.EntityManager em) {
        this.em = em;
        this.awards = awards;
        this.entries = entries;
        this.applications = applications;
        this.rulebook = rulebook;
        this.reading = reading;
        this.rounds = rounds;
        this.configs = configs;
        this.events = events;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * The coordinator starts the year's award in Tasklist (the start form of SubsidyAwardProcess: year and the
     * committee that ranks): records it for that process instance and returns its id (the business key SW-…).
     */
    @Override
    public long record(int fiscalYear, String committeeMembers, CurrentUser starter, String processInstanceId) {
        List<String> committee = committeeMembers == null ? List.of() : java.util.Arrays.stream(committeeMembers.split("[,、，\\s]+"))
                .map(String::strip).filter(m -> !m.isEmpty()).distinct().toList();
        List<String> unknown = committee.stream().filter(m -> !engine.lookup(m).has(Roles.COMMITTEE)).toList();
        if (!unknown.isEmpty()) {
            throw new BusinessRuleException("審査委員ではないユーザーIDがあります", unknown);
        }
        if (!starter.has(Roles.COORDINATOR)) {
            throw new BusinessRuleException("優良事業表彰はコーディネーターが開始します");
        }
        if (!awards.findByFiscalYear(fiscalYear).isEmpty()) {
            throw new BusinessRuleException(new FiscalYear(fiscalYear).label() + "の優良事業表彰はすでに始まっています");
        }
        if (completed(fiscalYear).isEmpty()) {
            throw new BusinessRuleException(new FiscalYear(fiscalYear).label() + "に完了した支援金事業がありません");
        }
        if (committee == null || committee.isEmpty()) {
            throw new BusinessRuleException("順位を付ける審査委員を選んでください");
        }
        var a = new SubsidyRecords.Award();
        a.fiscalYear = fiscalYear;
        a.status = "IN_REVIEW";
        a.createdBy = starter.userId();
        a.createdAt = OffsetDateTime.now(clock);
        a.committee = List.copyOf(new java.util.LinkedHashSet<>(committee));
        a.processInstanceId = processInstanceId;
        return awards.saveAndFlush(a).id;
    }

    private List<SubsidyApplication> completed(int fiscalYear) {
        return applications.findByStatusInAndFiscalYear(SubsidyCaseworkService.COMPLETED, fiscalYear);
    }

    @Override
    public long prepare(long awardId) {
        var award = awards.findById(awardId).orElseThrow();
        List<String> committee = award.committee;
        long configId = configs.list().stream().filter(c -> c.name().equals(jp.kyodoflow.committee.CityRulePresets.SAKU_AWARD))
                .findFirst().orElseThrow().id();
        List<RoundInputs.ProposalInput> projects = completed(award.fiscalYear).stream()
                .map(a -> new RoundInputs.ProposalInput(REF_TYPE, a.id, a.content.title(), a.groupId, a.finalYen == null ? 0 : a.finalYen,
                        "目標：" + a.content.targets() + (a.report == null ? "" : "\n成果：" + a.report.outcomes()
                                + "\n参加者：" + a.report.participants() + "人"))).toList();
        List<RoundInputs.MemberInput> members = new ArrayList<>();
        for (int i = 0; i < committee.size(); i++) {
            members.add(new RoundInputs.MemberInput(committee.get(i), i == 0 ? "委員長" : "委員", i == 0));
        }
        award.committeeRoundId = rounds.createRanking(new RoundInputs.CreateRound(new FiscalYear(award.fiscalYear).label()
                + " 優良事業表彰", configId, null, members, projects), "system");
        return award.committeeRoundId;
    }

    @Override
    @Transactional(readOnly = true)
    public String sheet(long awardId) {
        var award = awards.findById(awardId).orElseThrow();
        StringBuilder s = new StringBuilder(new FiscalYear(award.fiscalYear).label() + " 優良事業表彰（委員会の順位）");
        for (Proposed p : proposed(award)) {
            s.append("\n").append(p.rankLabel == null ? "　" : "【" + p.rankLabel + "】").append(p.ranked.rank() == null ? "—"
                    : p.ranked.rank() + "位").append(" ").append(p.ranked.title()).append(String.format("（%.2f点）", p.ranked.normalised()));
        }
        return s.toString();
    }

    private record Proposed(ReviewRoundService.Ranked ranked, String rankLabel) {
    }

    /** The committee's order with the year's ranks given in turn (a tie at the end of a rank shares it). */
    private List<Proposed> proposed(SubsidyRecords.Award award) {
        SubsidyRules rules = rulebook.current(new FiscalYear(award.fiscalYear)).rules();
        List<String> labels = new ArrayList<>();
        rules.awards().forEach(a -> {
            for (int i = 0; i < a.count(); i++) {
                labels.add(a.label());
            }
        });
        List<Proposed> out = new ArrayList<>();
        int given = 0;
        Integer lastRank = null;
        String lastLabel = null;
        for (ReviewRoundService.Ranked r : rounds.ranking(award.committeeRoundId)) {
            String label = null;
            if (r.rank() != null) {
                if (lastRank != null && r.rank().equals(lastRank) && lastLabel != null) {
                    label = lastLabel;
                } else if (given < labels.size()) {
                    label = labels.get(given);
                }
                if (label != null) {
                    given++;
                }
            }
            out.add(new Proposed(r, label));
            lastRank = r.rank();
            lastLabel = label;
        }
        return out;
    }

    @Override
    public void confirm(long awardId, String note, String actor) {
        var award = awards.findById(awardId).orElseThrow();
        if (!"IN_REVIEW".equals(award.status)) {
            throw new BusinessRuleException("この表彰はすでに公表されています");
        }
        int position = 0;
        for (Proposed p : proposed(award)) {
            if (p.rankLabel == null) {
                continue;
            }
            var e = new SubsidyRecords.AwardEntry();
            e.awardId = awardId;
            e.applicationId = p.ranked.refId();
            e.position = ++position;
            e.rankLabel = p.rankLabel;
            e.score = String.format("%.2f", p.ranked.normalised());
            entries.save(e);
        }
        if (position == 0) {
            throw new BusinessRuleException("委員会の順位がまだありません");
        }
        award.status = "PUBLISHED";
        award.publishedAt = OffsetDateTime.now(clock);
        events.publishEvent(new SubsidyAwardsPublished(awardId, award.fiscalYear, position, note, actor));
    }

    /** Published awards, newest year first: what the portal shows as case examples (one page of the most). */
    @Transactional(readOnly = true)
    public List<SubsidyViews.AwardView> published() {
        return published(Paging.first(Paging.MAX_SIZE)).rows();
    }

    /** One page of the published awards, newest year first; their entries, applications and groups read once for the page. */
    @Transactional(readOnly = true)
    public Paging.Page<SubsidyViews.AwardView> published(Paging paging) {
        Paging.Page<SubsidyRecords.Award> page = jp.kyodoflow.common.SqlPage.from("subsidy_award")
                .where("t.status = 'PUBLISHED'").fetch(em, SubsidyRecords.Award.class, "t.fiscal_year desc, t.id desc", paging);
        if (page.rows().isEmpty()) {
            return page.map(a -> null);
        }
        Map<Long, List<SubsidyRecords.AwardEntry>> byAward = new java.util.HashMap<>();
        entries.findByAwardIdInOrderByPositionAsc(page.rows().stream().map(a -> a.id).toList())
                .forEach(e -> byAward.computeIfAbsent(e.awardId, k -> new ArrayList<>()).add(e));
        List<Long> appIds = byAward.values().stream().flatMap(List::stream).map(e -> e.applicationId).distinct().toList();
        Map<Long, SubsidyApplication> apps = new java.util.HashMap<>();
        applications.findAllById(appIds).forEach(a -> apps.put(a.id, a));
        Map<Long, String> names = reading.groupNames(apps.values().stream().map(a -> a.groupId).distinct().toList());
        return page.map(a -> new SubsidyViews.AwardView(a.id, a.fiscalYear, new FiscalYear(a.fiscalYear).label(),
                a.publishedAt, byAward.getOrDefault(a.id, List.of()).stream().map(e -> {
                    SubsidyApplication app = apps.get(e.applicationId);
                    SubsidyRules r = reading.rules(app);
                    return new SubsidyViews.AwardLine(e.position, e.rankLabel, names.getOrDefault(app.groupId,
                            "団体" + app.groupId), app.content.title(), r.programme(app.programmeCode).name(),
                            r.track(app.trackCode).label(), app.report == null ? null : app.report.outcomes());
                }).toList()));
    }
}
