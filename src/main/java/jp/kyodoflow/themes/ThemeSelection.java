package jp.kyodoflow.themes;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodoflow.common.BusinessRuleException;
import jp.kyodoflow.committee.ReviewRoundService;
import jp.kyodoflow.municipality.MunicipalityProperties;
import jp.kyodoflow.proposals.ThemeProposals;
import jp.kyodoflow.themes.events.ThemePartnerSelected;
import jp.kyodoflow.themes.events.ThemeRepublished;
import jp.kyodoflow.themes.events.ThemeSelectionDeclined;
import jp.kyodoflow.themes.events.ThemeWithdrawn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 選定 and what follows when nobody is chosen: the approver selects a theme's partner among the proposals
 * that passed the committee (normally the best; another needs a reason), or none; then the department
 * re-publishes the theme with a new window (the earlier publication stays as it was) or withdraws it.
 */
@Service
@Transactional
public class ThemeSelection {

    /** A proposal that may become the partner, in the committee's order for this theme. */
    public record Candidate(long proposalId, String title, int rank, String resultLabel) {
    }

    /** What the approver reads: the passing candidates and, for the record, the rest of the ranking. */
    public record Sheet(String themeTitle, String department, List<Candidate> candidates, String summary) {
    }

    /** The select field's options of SelectThemePartnerForm: each candidate, and 選定しない. */
    public record Option(String label, String value) {
    }

    public static final String NONE = "NONE";

    private final ThemeRepository themes;
    private final ThemeCallRepository calls;
    private final PublicationRepository publications;
    private final ThemeProposals proposals;
    private final ReviewRoundService committee;
    private final ThemeCalls themeCalls;
    private final MunicipalityProperties city;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ThemeSelection(ThemeRepository themes, ThemeCallRepository calls, PublicationRepository publications,
                   ThemeProposals proposals, ReviewRoundService committee, ThemeCalls themeCalls,
                   MunicipalityProperties city, ApplicationEventPublisher events, Clock clock) {
        this.themes = themes;
        this.calls = calls;
        this.publications = publications;
        this.proposals = proposals;
        this.committee = committee;
        this.themeCalls = themeCalls;
        this.city = city;
        this.events = events;
        this.clock = clock;
    }

    /** The theme's candidates from its committee round (in a call-wide round: its own proposals, in the round's order). */
    @Transactional(readOnly = true)
    public Sheet sheet(long callId, long themeId) {
        Publication p = publications.load(callId, themeId);
        Theme t = themes.load(themeId);
        List<Candidate> candidates = new ArrayList<>();
        StringBuilder summary = new StringBuilder();
        if (p.committeeRoundId != null) {
            Set<Long> ours = proposals.entries(p.proposalRoundId).stream().map(ThemeProposals.Entry::proposalId)
                    .collect(Collectors.toSet());
            for (ReviewRoundService.Ranked r : committee.ranking(p.committeeRoundId)) {
                if (!ThemeProposals.REF_TYPE.equals(r.refType()) || r.refId() == null || !ours.contains(r.refId())) {
                    continue;
                }
                if (r.passed()) {
                    candidates.add(new Candidate(r.refId(), r.title(), candidates.size() + 1, r.resultLabel()));
                }
                summary.append(r.passed() ? "○ " : "× ").append("PR-").append(r.refId()).append(' ').append(r.title())
                        .append("（").append(r.resultLabel()).append("）\n");
            }
        }
        if (summary.length() == 0) {
            summary.append("審査した提案はありません。\n");
        }
        summary.append(candidates.isEmpty() ? "基準を満たした提案がないため、協働の相手は選定できません。"
                : "○ の提案から協働の相手を選びます。通常は最上位の提案（PR-" + candidates.get(0).proposalId()
                + "）です。ほかの提案を選ぶ場合は理由が必要です。");
        return new Sheet(t.title, city.departmentName(t.departmentGroup), candidates, summary.toString());
    }

    /** The select field's options for the approver's form. */
    @Transactional(readOnly = true)
    public List<Option> options(long callId, long themeId) {
        List<Option> options = new ArrayList<>(sheet(callId, themeId).candidates().stream()
                .map(c -> new Option(c.rank() + "位：PR-" + c.proposalId() + " " + c.title(), String.valueOf(c.proposalId())))
                .toList());
        options.add(new Option("選定しない（担当課が再公募か取り下げかを決める）", NONE));
        return options;
    }

    /** 選定: true when a partner was chosen; false for 選定しない (the department decides next). */
    public boolean select(long callId, long themeId, String partner, String reason, String actor) {
        Publication p = publications.load(callId, themeId);
        requireOpen(p);
        Theme t = themes.load(themeId);
        if (partner == null || partner.isBlank()) {
            throw new BusinessRuleException("協働の相手とする提案を選んでください（選ばない場合は「選定しない」）");
        }
        if (NONE.equals(partner)) {
            if (blank(reason)) {
                throw new BusinessRuleException("選定しない場合は、その理由を入力してください");
            }
            events.publishEvent(new ThemeSelectionDeclined(themeId, callId, t.title, t.departmentGroup, reason.strip(), actor));
            return false;
        }
        List<Candidate> candidates = sheet(callId, themeId).candidates();
        Candidate chosen = candidates.stream().filter(c -> String.valueOf(c.proposalId()).equals(partner)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("選べるのは、審査会で基準を満たした提案だけです"));
        boolean departs = chosen.rank() != 1;
        if (departs && blank(reason)) {
            throw new BusinessRuleException("審査会の順位で最上位の提案と異なる提案を選ぶ場合は、その理由を入力してください");
        }
        p.outcome = Publication.Outcome.SELECTED;
        p.partnerProposalId = chosen.proposalId();
        p.outcomeReason = departs ? reason.strip() : null;
        p.decidedBy = actor;
        p.decidedAt = now();
        t.status = ThemeStatus.PARTNER_SELECTED;
        long groupId = proposals.entries(p.proposalRoundId).stream().filter(e -> e.proposalId() == chosen.proposalId())
                .findFirst().map(ThemeProposals.Entry::groupId).orElseThrow();
        events.publishEvent(new ThemePartnerSelected(themeId, callId, chosen.proposalId(), groupId, t.title,
                t.departmentGroup, p.outcomeReason, actor));
        proposals.decide(p.proposalRoundId, chosen.proposalId(),
                "テーマ「" + t.title + "」の協働の相手には、ほかの提案が選ばれました");
        return true;
    }

    /** The department's decision when nobody was chosen: REPUBLISH (with a new window) or WITHDRAW (with a reason). */
    public String decideFuture(long callId, long themeId, String decision, ThemeInputs.Window window, String reason,
                               String actor) {
        Publication p = publications.load(callId, themeId);
        requireOpen(p);
        Theme t = themes.load(themeId);
        if ("WITHDRAW".equals(decision)) {
            if (blank(reason)) {
                throw new BusinessRuleException("取り下げる場合は、その理由を入力してください");
            }
            p.outcome = Publication.Outcome.WITHDRAWN;
            t.status = ThemeStatus.WITHDRAWN;
            t.withdrawReason = reason.strip();
        } else if ("REPUBLISH".equals(decision)) {
            List<String> problems = ThemeRules.windowProblems(window, now(), t.preConsultationRequired);
            if (!problems.isEmpty()) {
                throw new BusinessRuleException("再公募の期間に誤りがあります", problems);
            }
            p.outcome = Publication.Outcome.REPUBLISHED;
        } else {
            throw new BusinessRuleException("テーマをどうするか（再公募する・取り下げる）を選んでください");
        }
        p.outcomeReason = blank(reason) ? null : reason.strip();
        p.decidedBy = actor;
        p.decidedAt = now();
        proposals.decide(p.proposalRoundId, null, "テーマ「" + t.title + "」では協働の相手を選定しませんでした（"
                + p.outcome.label + "）");
        if (p.outcome == Publication.Outcome.WITHDRAWN) {
            events.publishEvent(new ThemeWithdrawn(themeId, callId, t.title, t.departmentGroup, t.withdrawReason, actor));
        }
        return decision;
    }

    /** Task_RepublishTheme: the new call (and its process) for a theme the department decided to publish again. */
    public long republish(long callId, long themeId, ThemeInputs.Window window) {
        Publication p = publications.load(callId, themeId);
        if (p.outcome != Publication.Outcome.REPUBLISHED) {
            throw new BusinessRuleException("このテーマは再公募に決まっていません");
        }
        Theme t = themes.load(themeId);
        ThemeCall next = themeCalls.republish(calls.load(callId), t, window, p.decidedBy);
        events.publishEvent(new ThemeRepublished(themeId, callId, next.id, t.title, t.departmentGroup, window.closesAt(),
                p.outcomeReason, p.decidedBy));
        return next.id;
    }

    private static void requireOpen(Publication p) {
        if (p.outcome != null) {
            throw new BusinessRuleException("このテーマの結果はすでに決まっています（" + p.outcome.label + "）");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
