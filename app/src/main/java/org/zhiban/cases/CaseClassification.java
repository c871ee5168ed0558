package org.zhiban.cases;

import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.shared.Classification;
import org.zhiban.shared.Refusal;

/**
 * 数据分级 of a case: its type's floor when opened; the owning department's officers and leaders may change it,
 * never below the floor. Every AI request of the case is routed by it; every change is on the ledger.
 */
@Service
public class CaseClassification {

    private final JdbcClient jdbc;
    private final CaseTypes types;
    private final CaseAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseClassification(JdbcClient jdbc, CaseTypes types, CaseAccess access, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.types = types;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The case's level; a case from before classifications were kept has its type's floor. */
    public Classification of(CaseFile file) {
        String stored = jdbc.sql("select classification from case_file where case_id = ?").param(file.caseId())
                .query(String.class).optional().orElse(null);
        Classification floor = types.of(file).classificationFloor();
        return stored == null ? floor : Classification.valueOf(stored).atLeastThat(floor);
    }

    @Transactional
    public Classification change(ZhibanUser user, String caseId, String level) {
        CaseFile file = access.readable(user, caseId);
        if (!access.isOwner(user, file) || !(user.has(Role.OFFICER) || user.has(Role.LEADER))) {
            throw Refusal.forbidden("case.classification.forbidden",
                    "只有主办科室的承办人或领导可以调整数据分级 / only the owning department may change the classification");
        }
        Classification wanted = Classification.require(level, null);
        if (wanted == null) {
            throw Refusal.invalid("case.classification.required", "请选择数据分级 / classification is required");
        }
        Classification floor = types.of(file).classificationFloor();
        if (!wanted.atLeast(floor)) {
            throw Refusal.invalid("case.classification.belowFloor", "此类案件的数据分级不得低于" + floor.label()
                    + " / this case type is classified at least " + floor.label(), floor.label());
        }
        Classification before = of(file);
        if (before != wanted) {
            jdbc.sql("update case_file set classification = ? where case_id = ?").params(wanted.name(), caseId).update();
            events.publishEvent(new ClassificationChanged(UUID.randomUUID().toString(), caseId,
                    file.processInstanceId(), user.id(), user.departmentId(), before.label(), wanted.label(),
                    clock.instant()));
        }
        return wanted;
    }
}
