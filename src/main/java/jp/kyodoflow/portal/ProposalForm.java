package jp.kyodoflow.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kyodoflow.proposals.ProposalContent;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The proposal form as the browser sends it: every field of {@link ProposalContent} under the same
 * path ({@code budget.expenses[2].amount}), so that a refusal's field and a binding error name the same
 * input. Re-rendered as sent on every refusal, never reloaded from the database.
 */
public class ProposalForm {

    private String title;
    private String problem;
    private String purpose;
    private List<TargetRow> targets = new ArrayList<>();
    private String content;
    private String expectedEffect;
    private String whyCollaboration;
    private String collaborationForm;
    private List<String> cityRoles = new ArrayList<>();
    private List<String> groupRoles = new ArrayList<>();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodTo;
    private Integer projectYear;
    private List<String> departments = new ArrayList<>();
    private BudgetRows budget = new BudgetRows();
    private Integer version;

    public static class TargetRow {
        private String description;
        private String indicator;
        private String targetValue;

        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public String getIndicator() { return indicator; }
        public void setIndicator(String v) { indicator = v; }
        public String getTargetValue() { return targetValue; }
        public void setTargetValue(String v) { targetValue = v; }
    }

    public static class BudgetRows {
        private Long incomeOwnFunds;
        private Long incomeCityShare;
        private Long incomeOther;
        private List<ExpenseRow> expenses = new ArrayList<>();

        public Long getIncomeOwnFunds() { return incomeOwnFunds; }
        public void setIncomeOwnFunds(Long v) { incomeOwnFunds = v; }
        public Long getIncomeCityShare() { return incomeCityShare; }
        public void setIncomeCityShare(Long v) { incomeCityShare = v; }
        public Long getIncomeOther() { return incomeOther; }
        public void setIncomeOther(Long v) { incomeOther = v; }
        public List<ExpenseRow> getExpenses() { return expenses; }
        public void setExpenses(List<ExpenseRow> v) { expenses = v; }
    }

    public static class ExpenseRow {
        private String category;
        private String description;
        private Long amount;

        public String getCategory() { return category; }
        public void setCategory(String v) { category = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public Long getAmount() { return amount; }
        public void setAmount(Long v) { amount = v; }
    }

    /** A new draft: one empty row of each kind. */
    static ProposalForm blank() {
        ProposalForm f = new ProposalForm();
        f.withRows();
        return f;
    }

    static ProposalForm of(ProposalContent c, int version) {
        ProposalForm f = new ProposalForm();
        f.title = c.title();
        f.problem = c.problem();
        f.purpose = c.purpose();
        c.targets().forEach(t -> {
            TargetRow row = new TargetRow();
            row.description = t.description();
            row.indicator = t.indicator();
            row.targetValue = t.targetValue();
            f.targets.add(row);
        });
        f.content = c.content();
        f.expectedEffect = c.expectedEffect();
        f.whyCollaboration = c.whyCollaboration();
        f.collaborationForm = c.collaborationForm();
        f.cityRoles.addAll(c.cityRoles());
        f.groupRoles.addAll(c.groupRoles());
        f.periodFrom = c.periodFrom();
        f.periodTo = c.periodTo();
        f.projectYear = c.projectYear();
        f.departments.addAll(c.departments());
        if (c.budget() != null) {
            f.budget.incomeOwnFunds = c.budget().incomeOwnFunds();
            f.budget.incomeCityShare = c.budget().incomeCityShare();
            f.budget.incomeOther = c.budget().incomeOther();
            c.budget().expenses().forEach(e -> {
                ExpenseRow row = new ExpenseRow();
                row.category = e.category();
                row.description = e.description();
                row.amount = e.amount();
                f.budget.expenses.add(row);
            });
        }
        f.version = version;
        f.withRows();
        return f;
    }

    /** At least one row of each repeating part, so that the form always has somewhere to type. */
    ProposalForm withRows() {
        if (targets.isEmpty()) {
            targets.add(new TargetRow());
        }
        if (cityRoles.isEmpty()) {
            cityRoles.add("");
        }
        if (groupRoles.isEmpty()) {
            groupRoles.add("");
        }
        if (budget.expenses.isEmpty()) {
            budget.expenses.add(new ExpenseRow());
        }
        return this;
    }

    /** The content to store: rows left blank are sent as they are (the rules ignore them). */
    ProposalContent toContent() {
        return new ProposalContent(title, problem, purpose,
                targets.stream().filter(t -> t != null)
                        .map(t -> new ProposalContent.Target(t.description, t.indicator, t.targetValue)).toList(),
                content, expectedEffect, whyCollaboration, blankToNull(collaborationForm), nonNull(cityRoles),
                nonNull(groupRoles), periodFrom, periodTo, projectYear,
                departments.stream().filter(d -> d != null && !d.isBlank()).toList(),
                new ProposalContent.Budget(budget.incomeOwnFunds, budget.incomeCityShare, budget.incomeOther,
                        budget.expenses.stream().filter(e -> e != null)
                                .map(e -> new ProposalContent.Expense(blankToNull(e.category), e.description, e.amount)).toList()));
    }

    private static List<String> nonNull(List<String> list) {
        return list.stream().map(s -> s == null ? "" : s).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getProblem() { return problem; }
    public void setProblem(String v) { problem = v; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { purpose = v; }
    public List<TargetRow> getTargets() { return targets; }
    public void setTargets(List<TargetRow> v) { targets = v; }
    public String getContent() { return content; }
    public void setContent(String v) { content = v; }
    public String getExpectedEffect() { return expectedEffect; }
    public void setExpectedEffect(String v) { expectedEffect = v; }
    public String getWhyCollaboration() { return whyCollaboration; }
    public void setWhyCollaboration(String v) { whyCollaboration = v; }
    public String getCollaborationForm() { return collaborationForm; }
    public void setCollaborationForm(String v) { collaborationForm = v; }
    public List<String> getCityRoles() { return cityRoles; }
    public void setCityRoles(List<String> v) { cityRoles = v; }
    public List<String> getGroupRoles() { return groupRoles; }
    public void setGroupRoles(List<String> v) { groupRoles = v; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public void setPeriodFrom(LocalDate v) { periodFrom = v; }
    public LocalDate getPeriodTo() { return periodTo; }
    public void setPeriodTo(LocalDate v) { periodTo = v; }
    public Integer getProjectYear() { return projectYear; }
    public void setProjectYear(Integer v) { projectYear = v; }
    public List<String> getDepartments() { return departments; }
    public void setDepartments(List<String> v) { departments = v; }
    public BudgetRows getBudget() { return budget; }
    public void setBudget(BudgetRows v) { budget = v; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { version = v; }
}
