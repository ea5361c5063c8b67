package jp.kyodoflow.portal;

/**
 * The form's add and remove buttons ({@code action=add-expense}, {@code action=remove-expense-2}): without
 * script the page comes back with the row added or removed and nothing saved.
 */
final class RowActions {
    private RowActions() {
    }

    /** @return true when the action was a row action (the form is shown again, not saved) */
    static boolean apply(ProposalForm f, String action) {
        switch (action) {
            case "add-target" -> f.getTargets().add(new ProposalForm.TargetRow());
            case "add-city-role" -> f.getCityRoles().add("");
            case "add-group-role" -> f.getGroupRoles().add("");
            case "add-expense" -> f.getBudget().getExpenses().add(new ProposalForm.ExpenseRow());
            default -> {
                return remove(f, action);
            }
        }
        return true;
    }

    private static boolean remove(ProposalForm f, String action) {
        if (!action.startsWith("remove-")) {
            return false;
        }
        int dash = action.lastIndexOf('-');
        String kind = action.substring("remove-".length(), dash);
        int index;
        try {
            index = Integer.parseInt(action.substring(dash + 1));
        } catch (NumberFormatException e) {
            return true;
        }
        java.util.List<?> rows = switch (kind) {
            case "target" -> f.getTargets();
            case "city-role" -> f.getCityRoles();
            case "group-role" -> f.getGroupRoles();
            case "expense" -> f.getBudget().getExpenses();
            default -> null;
        };
        if (rows != null && index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
        f.withRows();
        return true;
    }
}
