package jp.kyodoflow.portal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.kyodoflow.audit.AuditTrail;
import jp.kyodoflow.municipality.MunicipalityProperties;
import jp.kyodoflow.security.CurrentUser;
import jp.kyodoflow.security.IdentityDirectory;
import jp.kyodoflow.security.Roles;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit lines in Japanese: outcome codes through the bundle ({@code cases.outcome.*}; a code the bundle
 * does not know is shown to staff as it is and left out for groups), departments by name, dates the portal's way.
 * Who acted: for staff the person's name and role (コーディネーター, 決裁者, 審査委員, the department, 団体);
 * for the group the names of its own users, and otherwise 市の担当者 (city staff), 審査委員会 (committee
 * members) or システム (the engine's own steps): a group never reads the user ids or names of the city's people.
 */
@Component
public class HistoryLines {

    /** One line as shown. */
    record Shown(String when, String step, String outcome, String reason, String amount, String actor, boolean internal) {
    }

    private static final Pattern VERSIONED = Pattern.compile("(.+)_V(\\d+)");
    private static final Pattern NEXT_YEAR = Pattern.compile("NEXT_YEAR_(\\d+)");
    private static final String SYSTEM = "system";

    private final IdentityDirectory identity;
    private final MunicipalityProperties city;
    private final MessageSource messages;
    private final PortalFormat format;

    HistoryLines(IdentityDirectory identity, MunicipalityProperties city, MessageSource messages, PortalFormat format) {
        this.identity = identity;
        this.city = city;
        this.messages = messages;
        this.format = format;
    }

    List<Shown> forStaff(List<AuditTrail.Line> lines) {
        Map<String, IdentityDirectory.Person> people = identity.people(actors(lines));
        return lines.stream().map(l -> shown(l, staffActor(l.actor(), people), outcome(l.outcome(), true))).toList();
    }

    List<Shown> forGroup(CurrentUser me, Long groupId, List<AuditTrail.Line> lines) {
        Map<String, IdentityDirectory.Person> people = identity.people(actors(lines));
        return lines.stream().filter(l -> !l.internal())
                .map(l -> shown(l, groupActor(me, groupId, l.actor(), people), outcome(l.outcome(), false))).toList();
    }

    private Shown shown(AuditTrail.Line l, String actor, String outcome) {
        return new Shown(format.dateTime(l.occurredAt()), l.step(), outcome, l.reason(),
                l.amountYen() == null ? null : format.yen(l.amountYen()), actor, l.internal());
    }

    private static Set<String> actors(List<AuditTrail.Line> lines) {
        Set<String> ids = new HashSet<>();
        lines.forEach(l -> {
            if (l.actor() != null && !SYSTEM.equals(l.actor())) {
                ids.add(l.actor());
            }
        });
        return ids;
    }

    private String staffActor(String actor, Map<String, IdentityDirectory.Person> people) {
        if (actor == null || SYSTEM.equals(actor)) {
            return text("cases.actor.system");
        }
        IdentityDirectory.Person p = people.get(actor);
        if (p == null) {
            return actor;
        }
        return text("cases.actor.named", p.displayName(), role(p.groups()));
    }

    private String groupActor(CurrentUser me, Long groupId, String actor, Map<String, IdentityDirectory.Person> people) {
        if (actor == null || SYSTEM.equals(actor)) {
            return text("cases.actor.system");
        }
        IdentityDirectory.Person p = people.get(actor);
        boolean ours = actor.equals(me.userId())
                || p != null && groupId != null && p.groups().contains(Roles.civicGroup(groupId));
        if (ours) {
            return text("cases.actor.ourMember", p == null ? actor : p.displayName());
        }
        boolean committeeOnly = p != null && p.groups().contains(Roles.COMMITTEE)
                && p.groups().stream().noneMatch(g -> g.equals(Roles.COORDINATOR) || g.equals(Roles.APPROVER)
                || g.startsWith(Roles.DEPARTMENT_PREFIX));
        return text(committeeOnly ? "cases.actor.committee" : "cases.actor.city");
    }

    private String role(Set<String> groups) {
        List<String> roles = new ArrayList<>();
        for (String g : groups.stream().sorted().toList()) {
            if (g.startsWith(Roles.DEPARTMENT_PREFIX)) {
                roles.add(city.departmentName(g));
            } else if (g.startsWith(Roles.CIVIC_GROUP_PREFIX)) {
                roles.add(text("cases.role.group"));
            } else if (List.of(Roles.COORDINATOR, Roles.APPROVER, Roles.COMMITTEE, Roles.ADMIN).contains(g)) {
                roles.add(text("cases.role." + g));
            }
        }
        return roles.isEmpty() ? text("cases.role.none") : roles.stream().distinct().collect(Collectors.joining("・"));
    }


    /** "dept-kosodate:FEASIBLE" → 子育て支援課：実現可能; "GROUP_SIGNED_V2" → 団体が署名（第2版）. */
    public String outcome(String code, boolean staff) {
        if (code == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String part : code.split(":")) {
            String shown = part(part);
            if (shown == null) {
                if (!staff) {
                    continue;
                }
                shown = part;
            }
            parts.add(shown);
        }
        return String.join("：", parts);
    }

    private String part(String part) {
        if (part.startsWith(Roles.DEPARTMENT_PREFIX)) {
            return city.departmentName(part);
        }
        if (part.matches("\\d+")) {
            return part;
        }
        Matcher next = NEXT_YEAR.matcher(part);
        if (next.matches()) {
            return text("cases.outcome.nextYear", next.group(1));
        }
        Matcher v = VERSIONED.matcher(part);
        if (v.matches()) {
            String base = known(v.group(1));
            return base == null ? null : text("cases.outcome.version", base, v.group(2));
        }
        if (!part.matches("[A-Z_]+")) {
            return part; // already words (e.g. 「2件が基準以上」)
        }
        return known(part);
    }

    private String known(String code) {
        return messages.getMessage("cases.outcome." + code, null, null, LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
