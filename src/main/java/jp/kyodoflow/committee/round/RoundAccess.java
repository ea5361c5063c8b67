package jp.kyodoflow.committee.round;

import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.Roles;

/**
 * Who may read a round: the secretariat (coordinator, approver, administrator) always, its members
 * always, other city staff once it is decided.
 */
final class RoundAccess {

    private RoundAccess() {
    }

    static boolean canSee(CurrentUser user, ReviewRound r) {
        return secretariat(user) || r.member(user.userId()).isPresent()
                || r.status == RoundStatus.DECIDED && user.isStaff();
    }

    static boolean secretariat(CurrentUser user) {
        return user.has(Roles.COORDINATOR) || user.has(Roles.APPROVER) || user.has(Roles.ADMIN);
    }
}
