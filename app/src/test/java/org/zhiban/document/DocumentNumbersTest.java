package org.zhiban.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiban.Api;
import org.zhiban.ZhibanTest;

/** 发文字号: gap-free and unique when many sign at once, and rolled-back signings give their numbers back. */
@ZhibanTest
class DocumentNumbersTest {

    @Autowired TestRestTemplate rest;
    @Autowired DocumentNumbers numbers;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void concurrent_assignments_with_rollbacks_leave_no_gap_and_no_duplicate() throws Exception {
        String caseId = Api.as(rest, "zhangsan").startDocument("关于编号测试的通知", DocumentLifecycleTest.BODY);
        String code = "测试发" + System.nanoTime() % 100000;
        TransactionTemplate tx = new TransactionTemplate(transactions);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            boolean rollBack = i % 3 == 0;
            results.add(pool.submit(() -> tx.execute(status -> {
                String number = numbers.assign(caseId, code, 2026, "wangwu", Instant.now()).number();
                if (rollBack) {
                    status.setRollbackOnly(); // a signing that fails after its number was given
                    return null;
                }
                return number;
            })));
        }
        List<String> committed = new ArrayList<>();
        for (Future<String> f : results) {
            String n = f.get();
            if (n != null) {
                committed.add(n);
            }
        }
        pool.shutdown();

        assertThat(committed).hasSize(32).doesNotHaveDuplicates();
        assertThat(numbers.register(code, 2026)).extracting(DocumentNumbers.Entry::seq)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 32).boxed().toList());
        assertThat(numbers.register(code, 2026).get(0).number()).isEqualTo(code + "〔2026〕1号");
    }

    @Test
    void leaders_signing_in_parallel_get_consecutive_distinct_numbers() throws Exception {
        Api zhangsan = Api.as(rest, "zhangsan");
        Api lisi = Api.as(rest, "lisi");
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String caseId = zhangsan.startDocument("关于并行签发测试" + i + "的通知", DocumentLifecycleTest.BODY);
            zhangsan.put("/api/documents/" + caseId + "/draft", Map.of("mainRecipients", "各科室"));
            zhangsan.complete((String) zhangsan.openTask(caseId).get("id"), "submit", null, null);
            lisi.complete((String) lisi.openTask(caseId).get("id"), "approve", null, null);
            cases.add(caseId);
        }
        Api wangwu = Api.as(rest, "wangwu");
        List<String> signTasks = cases.stream().map(c -> (String) wangwu.openTask(c).get("id")).toList();

        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Integer>> signings = signTasks.stream()
                .<Callable<Integer>>map(t -> () -> wangwu.complete(t, "sign", null, null).getStatusCode().value()).toList();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(signings)) {
            statuses.add(f.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(204);
        List<String> given = cases.stream().map(c -> numbers.current(c).orElseThrow().number()).toList();
        assertThat(given).doesNotHaveDuplicates();
        int year = LocalDate.now().getYear();
        List<Integer> seqs = numbers.register("示政办发", year).stream().map(DocumentNumbers.Entry::seq).toList();
        assertThat(seqs).as("the register runs 1, 2, 3 … without a gap").containsExactlyElementsOf(
                IntStream.rangeClosed(1, seqs.size()).boxed().toList());
    }
}
