package jp.kyodoflow.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jp.kyodoflow.subsidy.SubsidyInputs;
import org.springframework.format.annotation.DateTimeFormat;

/** The repeating rows of the subsidy's forms (budget lines, other funds, actual expenses) and what they become. */
final class SubsidyRows {
    private SubsidyRows() {
    }

    /** A row that may be left empty. */
    interface Row {
        boolean isEmpty();
    }

    /**
     * An input for the service and, per list, which form row each of its elements came from (rows left empty are
     * dropped, so {@code lines[1]} of the input may be row 3 of the form).
     */
    record Converted<T>(T input, Map<String, List<Integer>> rows, List<String> missing) {
        /** {@code lines[1].amountYen} of the input → {@code lines[3].amountYen} of the form. */
        String formPath(String path) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\w+)\\[(\\d+)](.*)$").matcher(path);
            if (m.matches() && rows.containsKey(m.group(1))) {
                List<Integer> map = rows.get(m.group(1));
                int i = Integer.parseInt(m.group(2));
                if (i < map.size()) {
                    return m.group(1) + "[" + map.get(i) + "]" + m.group(3);
                }
            }
            return path;
        }
    }

    public static class Line implements Row {
        private String category;
        private String description;
        private Long amountYen;

        public Line() {
        }

        Line(String category, String description, Long amountYen) {
            this.category = category;
            this.description = description;
            this.amountYen = amountYen;
        }

        static List<Line> of(List<SubsidyInputs.BudgetLine> lines) {
            List<Line> out = new ArrayList<>();
            lines.forEach(l -> out.add(new Line(l.category(), l.description(), l.amountYen())));
            return out;
        }

        @Override
        public boolean isEmpty() {
            return blank(category) && blank(description) && amountYen == null;
        }

        SubsidyInputs.BudgetLine toBudgetLine() {
            return new SubsidyInputs.BudgetLine(trim(category), trim(description), amountYen == null ? 0 : amountYen);
        }

        public String getCategory() { return category; }
        public void setCategory(String v) { category = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public Long getAmountYen() { return amountYen; }
        public void setAmountYen(Long v) { amountYen = v; }
    }

    public static class Fund implements Row {
        private String fundName;
        private Long amountYen;

        public Fund() {
        }

        Fund(String fundName, Long amountYen) {
            this.fundName = fundName;
            this.amountYen = amountYen;
        }

        @Override
        public boolean isEmpty() {
            return blank(fundName) && amountYen == null;
        }

        SubsidyInputs.Funding toFunding() {
            return new SubsidyInputs.Funding(trim(fundName), amountYen == null ? 0 : amountYen);
        }

        public String getFundName() { return fundName; }
        public void setFundName(String v) { fundName = v; }
        public Long getAmountYen() { return amountYen; }
        public void setAmountYen(Long v) { amountYen = v; }
    }

    /** An expense actually paid (実績報告), with the receipt's date. */
    public static class Actual implements Row {
        private String category;
        private String description;
        private Long amountYen;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate receiptOn;

        public Actual() {
        }

        Actual(String category, String description, Long amountYen, LocalDate receiptOn) {
            this.category = category;
            this.description = description;
            this.amountYen = amountYen;
            this.receiptOn = receiptOn;
        }

        @Override
        public boolean isEmpty() {
            return blank(category) && blank(description) && amountYen == null && receiptOn == null;
        }

        SubsidyInputs.ActualLine toActualLine() {
            return new SubsidyInputs.ActualLine(trim(category), trim(description), amountYen == null ? 0 : amountYen, receiptOn);
        }

        public String getCategory() { return category; }
        public void setCategory(String v) { category = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public Long getAmountYen() { return amountYen; }
        public void setAmountYen(Long v) { amountYen = v; }
        public LocalDate getReceiptOn() { return receiptOn; }
        public void setReceiptOn(LocalDate v) { receiptOn = v; }
    }

    static <T> void pad(List<T> rows, int min, Supplier<T> empty) {
        while (rows.size() < min) {
            rows.add(empty.get());
        }
    }

    static <T> void add(List<T> rows, int count, Supplier<T> empty) {
        for (int i = 0; i < count && rows.size() < 60; i++) {
            rows.add(empty.get());
        }
    }

    /** The indexes of the rows with something typed in. */
    static List<Integer> filled(List<? extends Row> rows) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) != null && !rows.get(i).isEmpty()) {
                out.add(i);
            }
        }
        return out;
    }

    /** The amount fields of kept rows left empty (the service's records take 0, which would pass unnoticed). */
    static List<String> missingAmounts(String list, List<?> rows, List<Integer> kept) {
        List<String> out = new ArrayList<>();
        for (int i : kept) {
            Object row = rows.get(i);
            Long amount = row instanceof Line l ? l.amountYen : row instanceof Fund f ? f.amountYen
                    : row instanceof Actual a ? a.amountYen : Long.valueOf(0);
            if (amount == null) {
                out.add(list + "[" + i + "].amountYen");
            }
        }
        return out;
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
