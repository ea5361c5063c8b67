package jp.kyodoflow.proposals;

import jp.kyodoflow.common.NotFoundException;
import jp.kyodoflow.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Which proposals a person reaches: the city-wide roles every one, a department the submitted ones it
 * is concerned by, a group its own. A proposal out of reach is "not found", never "forbidden".
 */
@Component
class ProposalAccess {

    private final ProposalRepository proposals;

    ProposalAccess(ProposalRepository proposals) {
        this.proposals = proposals;
    }

    /** A proposal the person may read. */
    Proposal visible(CurrentUser user, long id) {
        return proposals.findById(id).filter(p -> readable(user, p))
                .orElseThrow(() -> new NotFoundException("提案が見つかりません"));
    }

    /** A proposal of a group the person acts for. */
    Proposal own(CurrentUser user, long id) {
        return owned(user, proposals.findById(id).orElseThrow(() -> new NotFoundException("提案が見つかりません")));
    }

    /** As {@link #own}, with the proposal's row locked until the transaction ends. */
    Proposal ownForUpdate(CurrentUser user, long id) {
        return owned(user, proposals.findByIdForUpdate(id).orElseThrow(() -> new NotFoundException("提案が見つかりません")));
    }

    private static Proposal owned(CurrentUser user, Proposal p) {
        if (!user.actsFor(p.groupId)) {
            throw new NotFoundException("提案が見つかりません");
        }
        return p;
    }

    /** The one reading rule: city-wide roles every proposal, a group its own, a department the submitted ones naming it. */
    static boolean readable(CurrentUser user, Proposal p) {
        return user.isCityWide() || user.actsFor(p.groupId)
                || p.status != ProposalStatus.DRAFT && p.content.departments().stream().anyMatch(user.departments()::contains);
    }
}
