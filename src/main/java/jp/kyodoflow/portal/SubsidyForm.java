package jp.kyodoflow.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kyodoflow.subsidy.SubsidyInputs;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The 交付申請 form (new and correction) as the browser sends it, under the paths of {@link SubsidyInputs.Application}
 * ({@code lines[2].amountYen}), so that a violation names the input it belongs to. A fixed number of budget rows
 * is shown; rows left empty are ignored, and "行を追加" adds more without script.
 */
public class SubsidyForm {

    static final int LINE_ROWS = 8;
    static final int FUNDING_ROWS = 2;

    private String track;
    private String theme;
    private String title;
    private String plan;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodTo;
    private String targets;
    private List<SubsidyRows.Line> lines = new ArrayList<>();
    private List<SubsidyRows.Fund> otherFunding = new ArrayList<>();
    private Long requestedYen;

    static SubsidyForm blank() {
        return new SubsidyForm().withRows();
    }

    static SubsidyForm of(SubsidyInputs.Application a) {
        SubsidyForm f = new SubsidyForm();
        f.track = a.track();
        f.theme = a.theme();
        f.title = a.title();
        f.plan = a.plan();
        f.periodFrom = a.periodFrom();
        f.periodTo = a.periodTo();
        f.targets = a.targets();
        f.lines = SubsidyRows.Line.of(a.lines());
        a.otherFunding().forEach(x -> f.otherFunding.add(new SubsidyRows.Fund(x.fundName(), x.amountYen())));
        f.requestedYen = a.requestedYen();
        return f.withRows();
    }

    /** Enough empty rows to type into. */
    SubsidyForm withRows() {
        SubsidyRows.pad(lines, LINE_ROWS, SubsidyRows.Line::new);
        SubsidyRows.pad(otherFunding, FUNDING_ROWS, SubsidyRows.Fund::new);
        return this;
    }

    /** "行を追加": true when the action only changed the rows (the form is shown again, nothing saved). */
    boolean rowAction(String action) {
        switch (action) {
            case "add-line" -> SubsidyRows.add(lines, 4, SubsidyRows.Line::new);
            case "add-funding" -> SubsidyRows.add(otherFunding, 2, SubsidyRows.Fund::new);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** What the service receives: rows left empty dropped, the theme only for a track that takes one. */
    SubsidyRows.Converted<SubsidyInputs.Application> toInput() {
        List<Integer> lineRows = SubsidyRows.filled(lines);
        List<Integer> fundRows = SubsidyRows.filled(otherFunding);
        SubsidyInputs.Application in = new SubsidyInputs.Application(SubsidyRows.trim(track), SubsidyRows.trim(theme),
                SubsidyRows.trim(title), SubsidyRows.trim(plan), periodFrom, periodTo, SubsidyRows.trim(targets),
                lineRows.stream().map(i -> lines.get(i).toBudgetLine()).toList(),
                fundRows.stream().map(i -> otherFunding.get(i).toFunding()).toList(),
                requestedYen == null ? 0 : requestedYen);
        List<String> missing = new ArrayList<>(SubsidyRows.missingAmounts("lines", lines, lineRows));
        missing.addAll(SubsidyRows.missingAmounts("otherFunding", otherFunding, fundRows));
        if (requestedYen == null) {
            missing.add("requestedYen");
        }
        return new SubsidyRows.Converted<>(in, java.util.Map.of("lines", lineRows, "otherFunding", fundRows), missing);
    }

    public String getTrack() { return track; }
    public void setTrack(String v) { track = v; }
    public String getTheme() { return theme; }
    public void setTheme(String v) { theme = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getPlan() { return plan; }
    public void setPlan(String v) { plan = v; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public void setPeriodFrom(LocalDate v) { periodFrom = v; }
    public LocalDate getPeriodTo() { return periodTo; }
    public void setPeriodTo(LocalDate v) { periodTo = v; }
    public String getTargets() { return targets; }
    public void setTargets(String v) { targets = v; }
    public List<SubsidyRows.Line> getLines() { return lines; }
    public void setLines(List<SubsidyRows.Line> v) { lines = v; }
    public List<SubsidyRows.Fund> getOtherFunding() { return otherFunding; }
    public void setOtherFunding(List<SubsidyRows.Fund> v) { otherFunding = v; }
    public Long getRequestedYen() { return requestedYen; }
    public void setRequestedYen(Long v) { requestedYen = v; }
}
