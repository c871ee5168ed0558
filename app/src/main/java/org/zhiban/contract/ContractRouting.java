package org.zhiban.contract;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who takes part in 会审 (the process calls it by name, {@code contractRouting}): 法务, 财务 and 业务, each in its
 * department — 法务 and 财务 as configured, 业务 the contract's own.
 */
@Component("contractRouting")
public class ContractRouting {

    static final List<String> PARTS = List.of("legal", "finance", "business");

    private final ContractProperties properties;

    ContractRouting(ContractProperties properties) {
        this.properties = properties;
    }

    public List<String> reviewParts(String caseId) {
        return PARTS;
    }

    public String departmentOf(String part, String department) {
        return "business".equals(part) ? department : properties.reviewDepartments().getOrDefault(part, department);
    }
}
