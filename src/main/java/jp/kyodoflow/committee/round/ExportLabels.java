package jp.kyodoflow.committee.round;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.kyodoflow.committee.round.RoundExports.Data;

/**
 * How members are called: their display name, or 委員A, 委員B, … in roster order when anonymised (members
 * found only in scores, results or recusals follow the roster, sorted by id). When anonymised, free text
 * (titles, notes) has every member's name and id replaced by their label.
 */
final class ExportLabels {
    private final Map<String, String> byId = new LinkedHashMap<>();
    private final Map<String, String> secrets = new LinkedHashMap<>();

    ExportLabels(Data data) {
        Map<String, String> names = new HashMap<>();
        data.members().forEach(m -> names.put(m.id(), m.displayName()));
        List<String> ids = memberIds(data);
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String name = names.get(id);
            String shown = name == null || name.isBlank() ? id : name;
            byId.put(id, data.anonymised() ? "委員" + letters(i) : shown);
        }
        if (data.anonymised()) {
            ids.forEach(id -> addSecret(id, byId.get(id)));
            names.forEach((id, name) -> addSecret(name, byId.get(id)));
        }
    }

    private static List<String> memberIds(Data data) {
        Set<String> ids = new LinkedHashSet<>();
        data.members().forEach(m -> ids.add(m.id()));
        Set<String> others = new TreeSet<>();
        data.scores().forEach(s -> others.add(s.memberId()));
        data.recusals().forEach(r -> others.add(r.memberId()));
        if (data.result() != null) {
            data.result().proposals().forEach(r -> {
                others.addAll(r.memberTotals().keySet());
                others.addAll(r.substituted());
                others.addAll(r.excluded());
            });
        }
        ids.addAll(others);
        return List.copyOf(ids);
    }

    /** A, B, … Z, AA, AB, … */
    static String letters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    private void addSecret(String secret, String label) {
        if (secret != null && !secret.isBlank()) {
            secrets.put(secret, label);
        }
    }

    List<String> memberIds() {
        return List.copyOf(byId.keySet());
    }

    String label(String memberId) {
        return byId.getOrDefault(memberId, memberId);
    }

    /** Replaces names and ids, longest first so that a name is not half-replaced by a shorter one. */
    String mask(String text) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String masked = text;
        List<String> longestFirst = secrets.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String secret : longestFirst) {
            masked = masked.replace(secret, secrets.get(secret));
        }
        return masked;
    }
}
