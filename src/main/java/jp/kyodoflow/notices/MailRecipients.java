package jp.kyodoflow.notices;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kyodoflow.groups.GroupRegister;
import jp.kyodoflow.security.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The addresses a notice goes to: a person's own (their account's e-mail); for a group, every member's,
 * and for a civic group first the contact address of its register entry. Duplicates go once. The addresses of
 * all the notices of a transaction are read together: one statement for the accounts (the engine's identity
 * tables, which our login and register fill), one for the register's contact addresses when civic groups are
 * among the recipients.
 */
@Component
class MailRecipients {

    /** Who a notice is for: a person (USER) or everyone of a group (GROUP). */
    record Recipient(String type, String id) {
        static Recipient user(String userId) {
            return new Recipient("USER", userId);
        }

        static Recipient group(String groupId) {
            return new Recipient("GROUP", groupId);
        }
    }

    private final JdbcTemplate jdbc;
    private final GroupRegister register;

    MailRecipients(JdbcTemplate jdbc, GroupRegister register) {
        this.jdbc = jdbc;
        this.register = register;
    }

    /** The addresses of each recipient, in order (contact address, then members by user id). */
    Map<Recipient, Set<String>> addresses(Collection<Recipient> recipients) {
        Set<String> users = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        List<Long> civicGroups = new ArrayList<>();
        for (Recipient r : recipients) {
            if (r.type().equals("USER")) {
                users.add(r.id());
            } else {
                groups.add(r.id());
                civicGroupId(r.id()).ifPresent(civicGroups::add);
            }
        }
        Map<Recipient, Set<String>> to = new LinkedHashMap<>();
        recipients.forEach(r -> to.put(r, new LinkedHashSet<>()));
        if (!civicGroups.isEmpty()) {
            register.contactEmails(civicGroups).forEach((id, address) -> {
                if (present(address)) {
                    to.get(Recipient.group(Roles.CIVIC_GROUP_PREFIX + id)).add(address.trim());
                }
            });
        }
        if (users.isEmpty() && groups.isEmpty()) {
            return to;
        }
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select 'USER' as kind, u.id_ as recipient, u.id_ as user_id, u.email_ from act_id_user u
                     where u.id_ = any(?)
                    union all
                    select 'GROUP', m.group_id_, u.id_, u.email_ from act_id_membership m
                      join act_id_user u on u.id_ = m.user_id_
                     where m.group_id_ = any(?)
                    order by 1, 2, 3""");
            ps.setArray(1, con.createArrayOf("varchar", users.toArray()));
            ps.setArray(2, con.createArrayOf("varchar", groups.toArray()));
            return ps;
        }, rs -> {
            String address = rs.getString(4);
            Set<String> of = to.get(new Recipient(rs.getString(1), rs.getString(2)));
            if (of != null && present(address)) {
                of.add(address.trim());
            }
        });
        return to;
    }

    /** The address of a person's account (for the demo mail page), if it has one. */
    Optional<String> addressOf(String userId) {
        return addresses(List.of(Recipient.user(userId))).get(Recipient.user(userId)).stream().findFirst();
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
