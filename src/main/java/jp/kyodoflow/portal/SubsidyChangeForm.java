package jp.kyodoflow.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kyodoflow.subsidy.SubsidyInputs;

/** 変更 (a minor change or 変更承認申請): why, whether the plan's content changes, and the new budget lines. */
public class SubsidyChangeForm {

    private String reason;
    private boolean contentChanged;
    private String planChange;
    private List<SubsidyRows.Line> lines = new ArrayList<>();

    /** Starts from the application's current budget lines. */
    static SubsidyChangeForm of(SubsidyInputs.Application current) {
        SubsidyChangeForm f = new SubsidyChangeForm();
        f.lines = SubsidyRows.Line.of(current.lines());
        return f.withRows();
    }

    SubsidyChangeForm withRows() {
        SubsidyRows.pad(lines, Math.max(SubsidyForm.LINE_ROWS, lines.size() + 2), SubsidyRows.Line::new);
        return this;
    }

    boolean rowAction(String action) {
        if ("add-line".equals(action)) {
            SubsidyRows.add(lines, 4, SubsidyRows.Line::new);
            return true;
        }
        return false;
    }

    SubsidyRows.Converted<SubsidyInputs.Change> toInput() {
        List<Integer> kept = SubsidyRows.filled(lines);
        return new SubsidyRows.Converted<>(new SubsidyInputs.Change(SubsidyRows.trim(reason), contentChanged,
                SubsidyRows.trim(planChange), kept.stream().map(i -> lines.get(i).toBudgetLine()).toList()),
                Map.of("lines", kept), SubsidyRows.missingAmounts("lines", lines, kept));
    }

    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public boolean isContentChanged() { return contentChanged; }
    public void setContentChanged(boolean v) { contentChanged = v; }
    public String getPlanChange() { return planChange; }
    public void setPlanChange(String v) { planChange = v; }
    public List<SubsidyRows.Line> getLines() { return lines; }
    public void setLines(List<SubsidyRows.Line> v) { lines = v; }
}
