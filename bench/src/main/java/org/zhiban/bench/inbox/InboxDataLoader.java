package org.zhiban.bench.inbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Loads the inbox / case-search bench data into a PostgreSQL database of its own: by default 10^6 historic
 * (completed) 公文 cases and 10^5 open tasks, over 20 departments, on both sides — the app's registry
 * ({@code case_file}, {@code case_task}) and Camunda's own tables (runtime: {@code ACT_RU_EXECUTION},
 * {@code ACT_RU_TASK}, {@code ACT_RU_IDENTITYLINK}, {@code ACT_RU_VARIABLE}; history: {@code ACT_HI_PROCINST},
 * {@code ACT_HI_TASKINST}, {@code ACT_HI_VARINST}), so the old engine-query inbox and the new registry queries
 * read the same volume.
 *
 * <ol>
 *   <li>Starts the app context once against the database, so Flyway creates the app's tables and Camunda its own,
 *       and deploys {@code document_basic}; then closes it.</li>
 *   <li>Inserts everything with {@code generate_series} in one transaction (≈ 10 min on 2 cores; through the
 *       engine it would take hours). The rows copy what the engine itself writes for a 公文 at 拟稿, at 核稿 and
 *       completed (column by column, taken from a real run), with deterministic ids shaped like Camunda's.</li>
 *   <li>{@code VACUUM ANALYZE}s the tables, as autovacuum would have by the time there are 10^6 cases.</li>
 * </ol>
 *
 * <p>Idempotent: a finished load records its shape in {@code bench_inbox_meta}; run again with the same shape it
 * does nothing, with another it stops. The load is one transaction, so a failed run leaves nothing behind. To
 * reset: {@code dropdb zhiban_bench && createdb -O zhiban zhiban_bench}.
 *
 * <p>Data shape (per case {@code n}; department {@code d = (n-1) mod D + 1}, per-department ordinal
 * {@code k = (n-1) div D}):
 * <ul>
 *   <li>historic cases (2016-01 … 2025-07, one every 5 min): state completed; 拟稿 done by an officer, 核稿 done by
 *       a reviewer; every 7th also 签发 by a leader; every 19th a 会签 done by a leader of the <em>next</em>
 *       department (so case search's "took part" visibility has something to find);</li>
 *   <li>open cases (2026-09-01 … 2026-10-28, one every 50 s), one open task each, by {@code k mod 20}: 40 % at 拟稿
 *       (assigned to the initiating officer), 45 % at 核稿 (candidate group reviewer; a third claimed by a reviewer),
 *       15 % at 签发 (candidate group leader; half claimed), with their earlier tasks done;</li>
 *   <li>process variables as the app sets them: caseId, caseType, department, initiator, docType at start; outcome,
 *       opinion, compliancePassed, findingCount once 拟稿 was submitted (runtime and history of the open cases).
 *       Historic cases keep the five start variables in {@code ACT_HI_VARINST}.</li>
 * </ul>
 * 签发 and 会签 are not in {@code document_basic}: their rows name activities the model does not have, which no
 * query here minds; the bench database is for reading, not for completing these tasks. Not loaded: activity-instance,
 * detail, identity-link and operation-log history ({@code ACT_HI_ACTINST} etc.), which no query here reads.
 *
 * <p>{@code -Dbench.jdbc.url} (required), {@code -Dbench.jdbc.user}, {@code -Dbench.jdbc.password};
 * {@code -Dbench.inbox.historic} (10^6), {@code -Dbench.inbox.open} (10^5), {@code -Dbench.inbox.departments} (20).
 */
public final class InboxDataLoader {

    static final String PROCESS_KEY = "document_basic";

    private InboxDataLoader() {
    }

    public static void main(String[] args) throws Exception {
        InboxShape shape = InboxShape.fromSystemProperties();
        String url = InboxBenchApp.jdbcUrl();
        try (Connection connection = connect(url)) {
            Optional<InboxShape> loaded = InboxShape.loaded(connection);
            if (loaded.isPresent()) {
                if (!loaded.get().equals(shape)) {
                    throw new IllegalStateException(url + " holds another shape (" + loaded.get() + "); reset it: dropdb"
                            + " zhiban_bench && createdb -O zhiban zhiban_bench");
                }
                System.out.println("Already loaded: " + shape + ". Nothing to do.");
                return;
            }
        }
        System.out.println("Starting the app once on " + url + " (Flyway and Camunda create their tables) …");
        String definitionId;
        try (ConfigurableApplicationContext context = InboxBenchApp.start()) {
            ProcessDefinition definition = context.getBean(RepositoryService.class).createProcessDefinitionQuery()
                    .processDefinitionKey(PROCESS_KEY).latestVersion().singleResult();
            if (definition == null) {
                throw new IllegalStateException("the app did not deploy " + PROCESS_KEY);
            }
            definitionId = definition.getId();
        }
        try (Connection connection = connect(url)) {
            load(connection, shape, definitionId);
        }
        // The MinIO client's OkHttp threads outlive the context by a minute.
        System.exit(0);
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, InboxBenchApp.jdbcUser(), InboxBenchApp.jdbcPassword());
    }

    static void load(Connection connection, InboxShape shape, String definitionId) throws SQLException {
        if (!definitionId.matches("[\\w:.-]+")) {
            throw new IllegalArgumentException("unexpected definition id " + definitionId);
        }
        long started = System.nanoTime();
        System.out.println("Loading " + shape + " on " + definitionId + " …");
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            // Session settings for the load only; temp_buffers must come before the first temp table.
            for (String set : List.of("set temp_buffers = '1GB'", "set work_mem = '256MB'",
                    "set maintenance_work_mem = '1GB'", "set synchronous_commit = off", "set time zone 'UTC'")) {
                s.execute(set);
            }
            for (Map.Entry<String, String> step : steps(shape, definitionId).entrySet()) {
                long t0 = System.nanoTime();
                int rows = s.executeUpdate(step.getValue());
                System.out.printf("  %-58s %,10d rows %7.1f s%n", step.getKey(), rows, (System.nanoTime() - t0) / 1e9);
            }
            s.executeUpdate("create table bench_inbox_meta (historic bigint not null, open_tasks bigint not null,"
                    + " departments int not null, process_definition_id varchar(64) not null,"
                    + " loaded_at timestamp with time zone not null, load_seconds numeric not null)");
            s.executeUpdate("insert into bench_inbox_meta values (" + shape.historic() + ", " + shape.open() + ", "
                    + shape.departments() + ", '" + definitionId + "', now(), "
                    + Math.round((System.nanoTime() - started) / 1e9) + ")");
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            for (String table : List.of("case_file", "case_task", "case_participant", "act_ru_execution", "act_ru_task",
                    "act_ru_identitylink", "act_ru_variable", "act_hi_procinst", "act_hi_taskinst", "act_hi_varinst")) {
                long t0 = System.nanoTime();
                s.execute("vacuum (analyze) " + table);
                System.out.printf("  %-58s %7.1f s%n", "vacuum (analyze) " + table, (System.nanoTime() - t0) / 1e9);
            }
            try (ResultSet rs = s.executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
                rs.next();
                System.out.println("Database size now " + rs.getString(1));
            }
        }
        System.out.printf("Loaded %s in %.0f s.%n", shape, (System.nanoTime() - started) / 1e9);
    }

    /** A Camunda-shaped id ({@code 8 hex-4 hex-…}), unique per kind and counter, ascending with the counter. */
    static String id(String counter, String kind) {
        return "(lpad(to_hex(" + counter + "), 8, '0') || '-" + kind + "-11f1-8403-02fc00000b00')";
    }

    /** The load, step by step, in foreign-key order. */
    static Map<String, String> steps(InboxShape shape, String definitionId) {
        Map<String, String> steps = new LinkedHashMap<>();
        steps.put("plan: one row per case (temp table)", """
                create temp table plan_case on commit drop as
                select n, historic, k, dept, next_dept, created,
                       'GW-' || to_char(created, 'YYYY') || '-' || lpad(n::text, 7, '0') as case_id,
                       {PI} as pi,
                       dept || '-officer-' || (k % {OFFICERS} + 1) as initiator,
                       dept || '-reviewer-' || (k % {REVIEWERS} + 1) as reviewer,
                       dept || '-leader-' || (k % {LEADERS} + 1) as leader,
                       next_dept || '-leader-' || (k % {LEADERS} + 1) as countersigner,
                       stage,
                       case stage when 'review' then (k / 20) % 3 = 0 when 'sign' then (k / 20) % 2 = 0
                                  else false end as claimed,
                       historic and n % 7 = 0 as signed,
                       historic and n % 19 = 7 as countersigned,
                       case when historic then created + interval '3 days 1 hour' end as closed_at,
                       (array['关于做好', '关于进一步加强', '关于开展', '关于规范', '关于推进', '关于印发'])[n % 6 + 1]
                         || (array['安全生产', '节假日值班', '财务审计', '档案管理', '政务公开', '政务服务', '应急管理',
                                   '信访'])[n % 8 + 1]
                         || '工作的通知（第' || n || '号）' as title
                from (select n, n <= {H} as historic, (n - 1) / {D} as k,
                             'd' || lpad(((n - 1) % {D} + 1)::text, 2, '0') as dept,
                             'd' || lpad((n % {D} + 1)::text, 2, '0') as next_dept,
                             case when n <= {H} then timestamptz '2016-01-01 00:00:00+00' + n * interval '5 minutes'
                                  else timestamptz '2026-09-01 00:00:00+00' + (n - {H}) * interval '50 seconds'
                             end as created,
                             case when n <= {H} then null
                                  when ((n - 1) / {D}) % 20 < 8 then 'draft'
                                  when ((n - 1) / {D}) % 20 < 17 then 'review'
                                  else 'sign' end as stage
                      from generate_series(1, {H} + {O}) n) s""");
        steps.put("plan: one row per user task (temp table)", """
                create temp table plan_task on commit drop as
                select c.n, c.historic, c.case_id, c.pi, c.closed_at, t.slot, t.activity, t.name, t.department, t.groups,
                       t.assignee, t.created, t.created + t.due_in as due, t.completed_at,
                       case when t.completed_at is null then 'open' else 'done' end as state,
                       case when t.completed_at is not null then t.assignee end as completed_by,
                       t.completed_at is null and t.slot > 0 and t.assignee is not null as claimed,
                       {TASK} as task_id,
                       t.activity || ':' || {ACT} as act_inst_id
                from plan_case c cross join lateral (values
                    (0, 'draft', '拟稿', c.dept, '', c.initiator, c.created + interval '1 second', interval '3 days',
                     case when c.historic then c.created + interval '1 day'
                          when c.stage <> 'draft' then c.created + interval '1 hour' end,
                     true),
                    (1, 'review', '核稿', c.dept, ',reviewer,',
                     case when c.historic or c.stage = 'sign' or c.claimed then c.reviewer end,
                     case when c.historic then c.created + interval '1 day 2 seconds'
                          else c.created + interval '3607 seconds' end, interval '2 days',
                     case when c.historic then c.created + interval '2 days'
                          when c.stage = 'sign' then c.created + interval '7200 seconds' end,
                     c.historic or c.stage in ('review', 'sign')),
                    (2, 'sign', '签发', c.dept, ',leader,', case when c.historic or c.claimed then c.leader end,
                     case when c.historic then c.created + interval '2 days 3 seconds'
                          else c.created + interval '7213 seconds' end, interval '2 days',
                     case when c.historic then c.created + interval '3 days' end,
                     c.signed or c.stage = 'sign'),
                    (3, 'countersign', '会签', c.next_dept, ',leader,', c.countersigner,
                     c.created + interval '2 days 4 seconds', interval '2 days', c.created + interval '2 days 5 hours',
                     c.countersigned)
                ) t(slot, activity, name, department, groups, assignee, created, due_in, completed_at, present)
                where t.present""");
        steps.put("case_file", """
                insert into case_file (case_id, case_type, process_key, process_instance_id, department, initiator,
                                       title, created_at, state, closed_at)
                select case_id, 'document', '{KEY}', pi, dept, initiator, title, created,
                       case when historic then 'completed' else 'running' end, closed_at
                from plan_case order by n""");
        steps.put("case_task", """
                insert into case_task (task_id, case_id, process_instance_id, process_key, activity_id, name, department,
                                       candidate_groups, assignee, created_at, due_at, state, completed_at, completed_by)
                select task_id, case_id, pi, '{KEY}', activity, name, department, groups, assignee, created, due, state,
                       completed_at, completed_by
                from plan_task order by n, slot""");
        steps.put("case_participant (departments holding a task on another's case)", """
                insert into case_participant (department, case_id, case_created_at)
                select distinct t.department, t.case_id, c.created
                from plan_task t join plan_case c on c.case_id = t.case_id
                where t.department <> c.dept""");
        steps.put("ACT_RU_EXECUTION (one per open case, at its task)", """
                insert into act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, business_key_, proc_def_id_,
                                              act_id_, act_inst_id_, is_active_, is_concurrent_, is_scope_,
                                              is_event_scope_, suspension_state_, cached_ent_state_, sequence_counter_,
                                              proc_def_key_)
                select pi, case when slot = 0 then 1 else 2 end, pi, pi, case_id, '{DEF}', activity, act_inst_id,
                       true, false, true, false, 1, 18, 3 + 6 * slot, '{KEY}'
                from plan_task where state = 'open' order by n""");
        steps.put("ACT_RU_TASK", """
                insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, task_def_key_,
                                         assignee_, priority_, create_time_, last_updated_, due_date_,
                                         suspension_state_, task_state_)
                select task_id, case when claimed then 2 else 1 end, pi, pi, '{DEF}', name, activity, assignee, 50,
                       created::timestamp, case when claimed then (created + interval '10 minutes')::timestamp end,
                       due::timestamp, 1, case when claimed then 'Updated' else 'Created' end
                from plan_task where state = 'open' order by n""");
        steps.put("ACT_RU_IDENTITYLINK (candidate groups)", """
                insert into act_ru_identitylink (id_, rev_, group_id_, type_, user_id_, task_id_)
                select {LINK}, 1, trim(both ',' from groups), 'candidate', null, task_id
                from plan_task where state = 'open' and groups <> '' order by n""");
        steps.put("ACT_RU_VARIABLE (process variables of the open cases)", """
                insert into act_ru_variable (id_, rev_, type_, name_, execution_id_, proc_inst_id_, proc_def_id_,
                                             long_, text_, var_scope_, sequence_counter_, is_concurrent_local_)
                select {VAR}, 1, v.type, v.name, c.pi, c.pi, '{DEF}', v.long, v.text, c.pi, 1, false
                from plan_case c cross join lateral (values
                    (0, 'docType', 'string', null::bigint, 'NOTICE'), (1, 'caseId', 'string', null, c.case_id),
                    (2, 'initiator', 'string', null, c.initiator), (3, 'department', 'string', null, c.dept),
                    (4, 'caseType', 'string', null, 'document'),
                    (5, 'outcome', 'string', null, case when c.stage = 'sign' then 'approve' else 'submit' end),
                    (6, 'opinion', 'null', null, null), (7, 'compliancePassed', 'boolean', 1, null),
                    (8, 'findingCount', 'integer', 0, '0')) v(slot, name, type, long, text)
                where not c.historic and (v.slot < 5 or c.stage <> 'draft')
                order by c.n, v.slot""");
        steps.put("ACT_HI_PROCINST", """
                insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_,
                                             start_time_, end_time_, removal_time_, duration_, start_act_id_,
                                             end_act_id_, root_proc_inst_id_, state_)
                select pi, pi, case_id, '{KEY}', '{DEF}', created::timestamp, closed_at::timestamp,
                       (closed_at + interval '3650 days')::timestamp,
                       (extract(epoch from closed_at - created) * 1000)::bigint, 'start',
                       case when historic then 'archived' end, pi,
                       case when historic then 'COMPLETED' else 'ACTIVE' end
                from plan_case order by n""");
        steps.put("ACT_HI_TASKINST", """
                insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_,
                                             proc_inst_id_, execution_id_, act_inst_id_, name_, assignee_,
                                             start_time_, end_time_, duration_, delete_reason_, priority_, due_date_,
                                             removal_time_, task_state_)
                select task_id, activity, '{KEY}', '{DEF}', pi, pi, pi, act_inst_id, name, assignee, created::timestamp,
                       completed_at::timestamp, (extract(epoch from completed_at - created) * 1000)::bigint,
                       case when state = 'done' then 'completed' end, 50, due::timestamp,
                       (closed_at + interval '3650 days')::timestamp,
                       case when state = 'done' then 'Completed' when claimed then 'Updated' else 'Created' end
                from plan_task order by n, slot""");
        steps.put("ACT_HI_VARINST", """
                insert into act_hi_varinst (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
                                            execution_id_, act_inst_id_, name_, var_type_, create_time_, rev_, long_,
                                            text_, state_, removal_time_)
                select {VAR}, '{KEY}', '{DEF}', c.pi, c.pi, c.pi, c.pi, v.name, v.type, c.created::timestamp, 0, v.long,
                       v.text, 'CREATED', (c.closed_at + interval '3650 days')::timestamp
                from plan_case c cross join lateral (values
                    (0, 'docType', 'string', null::bigint, 'NOTICE'), (1, 'caseId', 'string', null, c.case_id),
                    (2, 'initiator', 'string', null, c.initiator), (3, 'department', 'string', null, c.dept),
                    (4, 'caseType', 'string', null, 'document'),
                    (5, 'outcome', 'string', null, case when c.stage = 'sign' then 'approve' else 'submit' end),
                    (6, 'opinion', 'null', null, null), (7, 'compliancePassed', 'boolean', 1, null),
                    (8, 'findingCount', 'integer', 0, '0')) v(slot, name, type, long, text)
                where v.slot < 5 or (not c.historic and c.stage <> 'draft')
                order by c.n, v.slot""");
        Map<String, String> values = Map.ofEntries(
                Map.entry("{H}", Long.toString(shape.historic())), Map.entry("{O}", Long.toString(shape.open())),
                Map.entry("{D}", Integer.toString(shape.departments())),
                Map.entry("{OFFICERS}", Integer.toString(InboxShape.OFFICERS)),
                Map.entry("{REVIEWERS}", Integer.toString(InboxShape.REVIEWERS)),
                Map.entry("{LEADERS}", Integer.toString(InboxShape.LEADERS)),
                Map.entry("{PI}", id("n", "9e0c")), Map.entry("{TASK}", id("c.n * 4 + t.slot", "7a51")),
                Map.entry("{ACT}", id("c.n * 4 + t.slot", "ac71")), Map.entry("{LINK}", id("n * 4 + slot", "1d11")),
                Map.entry("{VAR}", id("c.n * 16 + v.slot", "ba70")),
                Map.entry("{KEY}", PROCESS_KEY), Map.entry("{DEF}", definitionId));
        steps.replaceAll((name, sql) -> {
            String result = sql;
            for (Map.Entry<String, String> v : values.entrySet()) {
                result = result.replace(v.getKey(), v.getValue());
            }
            return result;
        });
        return steps;
    }
}
