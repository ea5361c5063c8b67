package jp.kyodoflow.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages of a refused form by field path ({@code budget.expenses[2].amount}), for the template:
 * the message next to its input ({@link #text}, tied with {@link #id}) and the summary at the top
 * linking to the inputs ({@link #summary}).
 */
public class FormErrors {

    public record Item(String field, String anchor, String message) {
    }

    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    static FormErrors none() {
        return new FormErrors();
    }

    void add(String field, String message) {
        if (field == null || field.isBlank()) {
            general.add(message);
        } else {
            byField.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        }
    }

    public boolean isEmpty() {
        return byField.isEmpty() && general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String text(String field) {
        return String.join("／", byField.getOrDefault(field, List.of()));
    }

    /** The id of a field's message element: {@code budget.expenses[2].amount} → {@code err-budget-expenses-2-amount}. */
    public String id(String field) {
        return "err-" + inputId(field);
    }

    /** The id of a field's input; the template gives inputs the same. */
    public static String inputId(String field) {
        return field.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
    }

    public List<String> general() {
        return general;
    }

    public List<Item> summary() {
        List<Item> items = new ArrayList<>();
        byField.forEach((field, messages) -> messages.forEach(m -> items.add(new Item(field, anchor(field), m))));
        return items;
    }

    /** Where the summary links: the input, or for a part without one input (a group of rows, the totals) its area. */
    private static String anchor(String field) {
        return switch (field) {
            case "departments" -> "departments";
            case "targets", "cityRoles", "groupRoles", "budget", "budget.expenses", "budget.balance" -> "area-" + inputId(field);
            default -> inputId(field);
        };
    }
}
