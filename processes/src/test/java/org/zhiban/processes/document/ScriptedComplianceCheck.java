package org.zhiban.processes.document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Stands in for the 规范性检查 delegate: plays back a fixed list of finding counts, one per run. */
final class ScriptedComplianceCheck implements JavaDelegate {

    private final Deque<Integer> findingCounts;

    private ScriptedComplianceCheck(Integer... findingCounts) {
        this.findingCounts = new ArrayDeque<>(List.of(findingCounts));
    }

    /** Each run finds the given number of blocking problems; zero means the draft passes. */
    static ScriptedComplianceCheck findingInTurn(Integer... findingCounts) {
        return new ScriptedComplianceCheck(findingCounts);
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (findingCounts.isEmpty()) {
            throw new IllegalStateException("the test did not expect another compliance check");
        }
        int findingCount = findingCounts.pop();
        execution.setVariable("compliancePassed", findingCount == 0);
        execution.setVariable("findingCount", findingCount);
    }
}
