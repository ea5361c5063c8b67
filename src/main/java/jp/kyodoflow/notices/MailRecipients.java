package jp.kyodoflow.notices;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.security.EngineAccess;
import jp.kyodoflow.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The addresses a notice goes to: a person's own (their account's e-mail); for a group, every member's,
 * and for a civic group also the contact address of its register entry. Duplicates go once.
 */
@Component
class MailRecipients {

    private final IdentityService identity;
    private final EngineAccess engine;
    private final GroupRegister register;

    MailRecipients(IdentityService identity, EngineAccess engine, GroupRegister register) {
        this.identity = identity;
        this.engine = engine;
        this.register = register;
    }

    Set<String> ofUser(String userId) {
        Set<String> to = new LinkedHashSet<>();
        engine.asSystem(() -> Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult())
                .map(User::getEmail).filter(MailRecipients::present).map(to::add));
        return to;
    }

    Set<String> ofGroup(String groupId) {
        Set<String> to = new LinkedHashSet<>();
        civicGroupId(groupId).flatMap(register::find).map(g -> g.contactEmail()).filter(MailRecipients::present)
                .ifPresent(a -> to.add(a.trim()));
        engine.asSystem(() -> identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list())
                .stream().map(User::getEmail).filter(MailRecipients::present).map(String::trim).forEach(to::add);
        return to;
    }

    /** The address of a person's account (for the demo mail page), if it has one. */
    Optional<String> addressOf(String userId) {
        return ofUser(userId).stream().findFirst();
    }

    private static Optional<Long> civicGroupId(String groupId) {
        if (!groupId.startsWith(Roles.CIVIC_GROUP_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(groupId.substring(Roles.CIVIC_GROUP_PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean present(String address) {
        return address != null && !address.isBlank();
    }
}
