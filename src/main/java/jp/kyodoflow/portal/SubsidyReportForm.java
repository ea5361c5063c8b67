package jp.kyodoflow.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.subsidy.SubsidyInputs;

/** 実績報告: what was done, how many took part, the outcomes against the targets, the actual expenses, the self-evaluation. */
public class SubsidyReportForm {

    private String activities;
    private Integer participants;
    private String outcomes;
    private List<SubsidyRows.Actual> lines = new ArrayList<>();
    private String selfEvaluation;

    static SubsidyReportForm of(SubsidyInputs.Report saved) {
        SubsidyReportForm f = new SubsidyReportForm();
        if (saved != null) {
            f.activities = saved.activities();
            f.participants = saved.participants();
            f.outcomes = saved.outcomes();
            saved.lines().forEach(l -> f.lines.add(new SubsidyRows.Actual(l.category(), l.description(), l.amountYen(),
                    l.receiptOn())));
            f.selfEvaluation = saved.selfEvaluation();
        }
        return f.withRows();
    }

    SubsidyReportForm withRows() {
        SubsidyRows.pad(lines, Math.max(SubsidyForm.LINE_ROWS, lines.size() + 2), SubsidyRows.Actual::new);
        return this;
    }

    boolean rowAction(String action) {
        if ("add-line".equals(action)) {
            SubsidyRows.add(lines, 4, SubsidyRows.Actual::new);
            return true;
        }
        return false;
    }

    SubsidyRows.Converted<SubsidyInputs.Report> toInput() {
        List<Integer> kept = SubsidyRows.filled(lines);
        return new SubsidyRows.Converted<>(new SubsidyInputs.Report(SubsidyRows.trim(activities),
                participants == null ? 0 : participants, SubsidyRows.trim(outcomes),
                kept.stream().map(i -> lines.get(i).toActualLine()).toList(), SubsidyRows.trim(selfEvaluation)),
                Map.of("lines", kept), missing(kept));
    }

    private List<String> missing(List<Integer> kept) {
        List<String> out = new ArrayList<>(SubsidyRows.missingAmounts("lines", lines, kept));
        if (participants == null) {
            out.add("participants");
        }
        return out;
    }

    public String getActivities() { return activities; }
    public void setActivities(String v) { activities = v; }
    public Integer getParticipants() { return participants; }
    public void setParticipants(Integer v) { participants = v; }
    public String getOutcomes() { return outcomes; }
    public void setOutcomes(String v) { outcomes = v; }
    public List<SubsidyRows.Actual> getLines() { return lines; }
    public void setLines(List<SubsidyRows.Actual> v) { lines = v; }
    public String getSelfEvaluation() { return selfEvaluation; }
    public void setSelfEvaluation(String v) { selfEvaluation = v; }
}
