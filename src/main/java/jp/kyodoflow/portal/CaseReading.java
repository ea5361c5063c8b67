package jp.kyodoflow.portal;

import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.committee.ReviewQueries;
import jp.kyodoflow.groups.GroupRegistrationService;
import jp.kyodoflow.projects.ProjectQueries;
import jp.kyodoflow.proposals.ProposalRoundService;
import jp.kyodoflow.proposals.ProposalService;
import jp.kyodoflow.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Whether a person may read a case's history, decided by the module that owns the case: a proposal by
 * {@link ProposalService#get}, a project by {@link ProjectQueries#detail}, a registration application by
 * {@link GroupRegistrationService#application}, a committee round by {@link ReviewQueries#round}, a call by being
 * staff. The group's door adds: only the group's own case (its proposal, the project it is the partner of, the
 * application its user made); calls and committee rounds are never the group's. Anything else: not found.
 */
@Component
class CaseReading {

    static final String PROPOSAL = "PROPOSAL";
    static final String PROJECT = "PROJECT";
    static final String GROUP_APPLICATION = "GROUP_APPLICATION";
    static final String REVIEW_ROUND = "REVIEW_ROUND";
    static final String PROPOSAL_ROUND = "PROPOSAL_ROUND";

    /** The case as the page heads it; {@code groupId} is the group whose case it is (null for city-only cases). */
    record Case(String type, long id, String auditType, String title, Long groupId) {
    }

    private final ProposalService proposals;
    private final ProjectQueries projects;
    private final GroupRegistrationService registrations;
    private final ReviewQueries reviews;
    private final ProposalRoundService calls;

    CaseReading(ProposalService proposals, ProjectQueries projects, GroupRegistrationService registrations,
                ReviewQueries reviews, ProposalRoundService calls) {
        this.proposals = proposals;
        this.projects = projects;
        this.registrations = registrations;
        this.reviews = reviews;
        this.calls = calls;
    }

    Case forStaff(CurrentUser me, String type, long id) {
        StaffPages.requireStaff(me);
        return switch (type) {
            case PROPOSAL, PROJECT, GROUP_APPLICATION -> read(me, type, id);
            case REVIEW_ROUND -> new Case(type, id, type, reviews.round(me, id).title(), null);
            case PROPOSAL_ROUND -> new Case(type, id, type, calls.get(id).title(), null);
            default -> throw notFound();
        };
    }

    Case forGroup(CurrentUser me, String type, long id) {
        if (!PROPOSAL.equals(type) && !PROJECT.equals(type) && !GROUP_APPLICATION.equals(type)) {
            throw notFound();
        }
        Case c = read(me, type, id);
        boolean own = c.groupId() != null ? me.actsFor(c.groupId())
                : GROUP_APPLICATION.equals(type) && me.userId().equals(registrations.application(me, id).applicantUserId());
        if (!own) {
            throw notFound();
        }
        return c;
    }

    private Case read(CurrentUser me, String type, long id) {
        switch (type) {
            case PROPOSAL -> {
                var p = proposals.get(me, id);
                String title = p.content() == null || p.content().title() == null ? "PR-" + id : p.content().title();
                return new Case(type, id, type, title, p.groupId());
            }
            case PROJECT -> {
                var p = projects.detail(me, id).project();
                return new Case(type, id, type, p.title(), p.partnerGroupId());
            }
            case GROUP_APPLICATION -> {
                var a = registrations.application(me, id);
                return new Case(type, id, type, a.groupName(), a.civicGroupId());
            }
            default -> throw notFound();
        }
    }

    private static NotFoundException notFound() {
        return new NotFoundException("ページが見つかりません");
    }
}
