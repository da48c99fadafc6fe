package dev.guidecheck.report;

import dev.guidecheck.guide.Procedure;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.ReplayListener;
import dev.guidecheck.steps.StepResult;
import dev.guidecheck.steps.StepStatus;

import java.io.PrintStream;

/** One console line per step as it finishes: page > procedure > "N. text" > result and time. */
public final class ConsoleProgress implements ReplayListener {

    private final PrintStream out;
    private final String page;
    private String procedure = "";

    public ConsoleProgress(PrintStream out, String page) {
        this.out = out;
        this.page = page;
    }

    @Override
    public void procedureStarted(Procedure procedure) {
        this.procedure = procedure.title();
    }

    @Override
    public void stepFinished(StepResult result) {
        StringBuilder line = new StringBuilder()
                .append(page).append(" > ").append(procedure).append(" > ")
                .append(result.step().position()).append(". ").append(result.step().text())
                .append(" > ").append(result.status().id());
        if (result.status() != StepStatus.SKIPPED && result.status() != StepStatus.NOT_RUN) {
            line.append(" (").append(result.took().toMillis()).append(" ms)");
        }
        if (result.status() == StepStatus.FAILED) {
            line.append(System.lineSeparator()).append("    [").append(result.category().id()).append("] ")
                    .append(result.message());
        }
        print(line.toString());
    }

    @Override
    public void retrying(ProcedureResult firstAttempt) {
        print(page + " > " + firstAttempt.procedure().title() + " > retrying once with a fresh browser: "
                + firstAttempt.failure().map(StepResult::message).orElse(""));
    }

    @Override
    public void notReplayed(ProcedureResult result) {
        print(page + " > " + result.procedure().title() + " > " + result.status().id() + ": "
                + result.notRunReason().orElse(""));
    }

    private void print(String line) {
        synchronized (out) {
            out.println(line);
        }
    }
}
