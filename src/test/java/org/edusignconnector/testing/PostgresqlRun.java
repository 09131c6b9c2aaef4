package org.edusignconnector.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The gate of the PostgreSQL test run (the surefire execution {@code postgresql}, which turns on
 * JUnit's extension auto-detection for this class only): when PostgreSQL cannot be reached, every
 * test of that run is skipped with the reason — or fails under {@code CI=true}, so that CI never
 * passes on H2 alone. Outside that run ({@code connector.test.db} not {@code postgresql}) it does nothing.
 */
public class PostgresqlRun implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.postgresql()) {
            return ConditionEvaluationResult.enabled("H2 run");
        }
        String reason = TestDatabase.unreachable();
        if (reason == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL reachable");
        }
        if (TestDatabase.inCi()) {
            throw new IllegalStateException(reason + " — CI=true: the PostgreSQL test run must not be skipped");
        }
        return ConditionEvaluationResult.disabled(reason + " — PostgreSQL run skipped (it fails with CI=true)");
    }
}
