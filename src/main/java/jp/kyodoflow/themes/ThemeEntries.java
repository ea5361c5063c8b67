package jp.kyodoflow.themes;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.proposals.ThemeProposals;
import jp.kyodoflow.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What came of a theme's publications: the proposals of each (for the theme's department and the city-wide
 * staff only) and each publication's outcome (for anyone who may read the theme: the partner group is public,
 * the project and a selection's reason are the staff's).
 */
@Service
@Transactional(readOnly = true)
public class ThemeEntries {

    @Schema(name = "ThemeProposalEntry")
    public record ProposalEntry(long proposalId, long groupId, String groupName, String title, String status,
                                String statusLabel, long cityShareYen, OffsetDateTime submittedAt, boolean partner) {
    }

    @Schema(name = "ThemePublicationProposals")
    public record PublicationProposals(long publicationId, long callId, String callTitle, long proposalRoundId,
                                       OffsetDateTime opensAt, OffsetDateTime closesAt, String outcome,
                                       String outcomeLabel, List<ProposalEntry> proposals) {
    }

    @Schema(name = "ThemePublicationOutcome")
    public record PublicationOutcome(long publicationId, long callId, String callTitle, OffsetDateTime opensAt,
                                     OffsetDateTime closesAt, int proposalCount, String outcome, String outcomeLabel,
                                     Long partnerProposalId, Long partnerGroupId, String partnerGroupName,
                                     String outcomeReason, Long projectId) {
    }

    private final ThemeRepository themes;
    private final PublicationRepository publications;
    private final ThemeCallRepository calls;
    private final ThemeProposals proposals;
    private final GroupRegister register;

    ThemeEntries(ThemeRepository themes, PublicationRepository publications, ThemeCallRepository calls,
                 ThemeProposals proposals, GroupRegister register) {
        this.themes = themes;
        this.publications = publications;
        this.calls = calls;
        this.proposals = proposals;
        this.register = register;
    }

    /** Every publication of the theme with its proposals; 404 for anyone outside its department and the city-wide staff. */
    public List<PublicationProposals> proposals(CurrentUser user, long themeId) {
        Theme t = themes.findById(themeId).filter(x -> ThemeService.mayReadInternal(user, x))
                .orElseThrow(() -> new NotFoundException("テーマが見つかりません"));
        Map<Long, String> names = register.registeredNames();
        return publications.findByThemeIdOrderByIdAsc(t.id).stream().map(p -> {
            ThemeCall c = calls.load(p.callId);
            List<ProposalEntry> entries = proposals.entries(p.proposalRoundId).stream()
                    .map(e -> new ProposalEntry(e.proposalId(), e.groupId(), groupName(names, e.groupId()), e.title(),
                            e.status(), e.statusLabel(), e.cityShareYen(), e.submittedAt(),
                            Long.valueOf(e.proposalId()).equals(p.partnerProposalId))).toList();
            return new PublicationProposals(p.id, c.id, c.title, p.proposalRoundId, c.opensAt, c.closesAt,
                    p.outcome == null ? null : p.outcome.name(), p.outcome == null ? null : p.outcome.label, entries);
        }).toList();
    }

    /** Each publication's outcome; 404 for a theme the user may not read. */
    public List<PublicationOutcome> outcome(CurrentUser user, long themeId) {
        Theme t = themes.findById(themeId).filter(x -> ThemeService.mayRead(user, x))
                .orElseThrow(() -> new NotFoundException("テーマが見つかりません"));
        boolean internal = ThemeService.mayReadInternal(user, t);
        Map<Long, String> names = register.registeredNames();
        return publications.findByThemeIdOrderByIdAsc(t.id).stream().map(p -> outcome(p, names, internal)).toList();
    }

    /** The themes of a fiscal year that the user may read, oldest first. */
    List<Theme> ofYear(CurrentUser user, int fiscalYear) {
        return themes.findByFiscalYearOrderByIdAsc(fiscalYear).stream().filter(t -> ThemeService.mayRead(user, t)).toList();
    }

    PublicationOutcome outcome(Publication p, Map<Long, String> names, boolean internal) {
        ThemeCall c = calls.load(p.callId);
        List<ThemeProposals.Entry> entries = proposals.entries(p.proposalRoundId);
        Long partnerGroup = entries.stream().filter(e -> Long.valueOf(e.proposalId()).equals(p.partnerProposalId))
                .map(ThemeProposals.Entry::groupId).findFirst().orElse(null);
        Long project = internal && p.partnerProposalId != null ? proposals.projectOf(p.partnerProposalId) : null;
        boolean reasonShown = internal || p.outcome == Publication.Outcome.WITHDRAWN;
        return new PublicationOutcome(p.id, c.id, c.title, c.opensAt, c.closesAt, entries.size(),
                p.outcome == null ? null : p.outcome.name(), p.outcome == null ? null : p.outcome.label,
                p.partnerProposalId, partnerGroup, partnerGroup == null ? null : groupName(names, partnerGroup),
                reasonShown ? p.outcomeReason : null, project);
    }

    List<Publication> publicationsOf(Theme t) {
        return publications.findByThemeIdOrderByIdAsc(t.id);
    }

    Map<Long, String> groupNames() {
        return register.registeredNames();
    }

    private String groupName(Map<Long, String> names, long groupId) {
        String name = names.get(groupId);
        return name != null ? name : register.find(groupId).map(g -> g.group().name()).orElse("団体 " + groupId);
    }
}
