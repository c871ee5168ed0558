package org.zhiban.testcase;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhiban.cases.CaseFile;
import org.zhiban.cases.CaseStep;
import org.zhiban.cases.CaseType;
import org.zhiban.cases.FieldDescriptor;
import org.zhiban.cases.FieldKind;
import org.zhiban.cases.Notice;
import org.zhiban.cases.Outcome;
import org.zhiban.identity.Role;
import org.zhiban.ledger.record.ReviewAction;

/**
 * Test only: 许可申请, a case type written by following app/README.md "Adding a case type" literally — a BPMN
 * model, this bean and its table, nothing else. Its second step is routed to 法制科, so it crosses departments.
 */
@Component
public class PermitCaseType implements CaseType {

    public static final String ID = "permit";

    private final JdbcClient jdbc;

    PermitCaseType(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String numberPrefix() {
        return "TS";
    }

    @Override
    public String processKey() {
        return "test_permit";
    }

    @Override
    public List<FieldDescriptor> fields() {
        return List.of(
                FieldDescriptor.of("subject", FieldKind.TEXT).mandatory().maxLength(100).editableIn(START, "apply"),
                FieldDescriptor.of("amount", FieldKind.MONEY).range(BigDecimal.ZERO, new BigDecimal("1000000"))
                        .editableIn(START, "apply"),
                FieldDescriptor.select("category", List.of("甲类", "乙类")).mandatory().editableIn(START),
                FieldDescriptor.of("legalNote", FieldKind.LONG_TEXT).maxLength(2000).editableIn("legalReview"),
                FieldDescriptor.of("internalMemo", FieldKind.TEXT).maxLength(200).ownerOnly().editableIn("apply"));
    }

    @Override
    public List<CaseStep> steps() {
        return List.of(CaseStep.of("apply", Role.OFFICER, Outcome.primary("submit", ReviewAction.SUBMIT)),
                // declared separated, switched off in application-test.yml: the configuration wins
                CaseStep.of("legalReview", Role.REVIEWER, Outcome.primary("approve", ReviewAction.APPROVE),
                        Outcome.danger("reject", ReviewAction.REJECT).withOpinion()).withSeparation());
    }

    @Override
    public Map<String, Object> create(CaseFile file, Map<String, Object> start) {
        jdbc.sql("insert into test_permit (case_id, subject, amount, category) values (:id, :subject, :amount, :category)")
                .param("id", file.caseId()).param("subject", start.get("subject")).param("amount", start.get("amount"))
                .param("category", start.get("category")).update();
        return Map.of();
    }

    @Override
    public Map<String, Object> data(String caseId) {
        return jdbc.sql("select * from test_permit where case_id = :id").param("id", caseId).query((rs, i) -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("subject", rs.getString("subject"));
            data.put("amount", rs.getBigDecimal("amount"));
            data.put("category", rs.getString("category"));
            data.put("legalNote", rs.getString("legal_note"));
            data.put("internalMemo", rs.getString("internal_memo"));
            return data;
        }).single();
    }

    @Override
    public List<Notice> notices(String caseId) {
        return List.of();
    }

    @Override
    public void applyTaskInput(String caseId, String activityId, Map<String, Object> input) {
        Map<String, Object> data = new LinkedHashMap<>(data(caseId));
        data.putAll(input);
        jdbc.sql("""
                update test_permit set subject = :subject, amount = :amount, legal_note = :legalNote,
                    internal_memo = :internalMemo where case_id = :id""")
                .param("subject", data.get("subject")).param("amount", data.get("amount"))
                .param("legalNote", data.get("legalNote")).param("internalMemo", data.get("internalMemo"))
                .param("id", caseId).update();
    }
}
