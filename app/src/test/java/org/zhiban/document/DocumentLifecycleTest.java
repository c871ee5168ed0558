package org.zhiban.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.zhiban.Api;
import org.zhiban.Waiting;
import org.zhiban.ZhibanTest;
import org.zhiban.integrations.storage.ObjectStore;

/**
 * 公文发文 end to end through the REST API, as the office works it: real Camunda, Drools, the embedded S3 endpoint
 * and the ledger (PostgreSQL in CI). 拟稿 zhangsan, 核稿 lisi, 签发 wangwu (办公室); 会签 sunqi and 阅件 zhaoliu (法制科).
 */
@ZhibanTest
class DocumentLifecycleTest {

    static final String BODY = "各科室：\n为做好年度安全生产工作，现将有关事项通知如下。\n一、检查范围\n全部办公场所。\n二、工作要求\n请于12月10日前报送检查情况。";

    @Autowired TestRestTemplate rest;
    @Autowired ObjectStore objectStore;

    static Map<String, Object> draftFields() {
        return Map.of("mainRecipients", "各科室", "countersignDepartments", List.of("legal"),
                "readerDepartments", List.of("legal"));
    }

    @Test
    void a_document_is_drafted_countersigned_signed_numbered_laid_out_issued_read_and_archived() throws Exception {
        Api zhangsan = Api.as(rest, "zhangsan");
        Api lisi = Api.as(rest, "lisi");
        Api sunqi = Api.as(rest, "sunqi");
        Api wangwu = Api.as(rest, "wangwu");
        Api zhaoliu = Api.as(rest, "zhaoliu");
        String caseId = zhangsan.startDocument("关于开展2026年度安全生产检查的通知", BODY);

        // 拟稿: a save between submissions is a version; the 发文机关 was filled in from the office's settings
        var saved = zhangsan.put("/api/documents/" + caseId + "/draft", draftFields());
        assertThat(saved.getStatusCode().value()).isEqualTo(200);
        assertThat((Integer) saved.getBody().get("versionNo")).as("routing is not the document: no new version").isEqualTo(2);
        Map<String, Object> data = data(zhangsan, caseId);
        assertThat(data.get("issuingOrgan")).isEqualTo("示范市人民政府办公室");
        assertThat(data.get("direction")).isEqualTo("下行文");
        assertThat(lisi.put("/api/documents/" + caseId + "/draft", draftFields()).getStatusCode().value())
                .as("only the drafter holding 拟稿 saves").isIn(403, 409);
        complete(zhangsan, caseId, "submit", null);

        // 核稿
        complete(lisi, caseId, "approve", "同意。");

        // 会签 in 法制科: its reviewer sees this case; the drafter has nothing to do meanwhile
        assertThat(sunqi.get("/api/cases/" + caseId).getStatusCode().value()).isEqualTo(200);
        assertThat(sunqi.openTask(caseId).get("name")).isEqualTo("会签");
        assertThat(zhangsan.openTask(caseId)).isNull();
        complete(sunqi, caseId, "agree", "法制科无意见。");

        // 签发 gives the next 发文字号 and sets the 成文日期 to the day of signing
        assertThat(wangwu.openTask(caseId).get("name")).isEqualTo("领导签发");
        complete(wangwu, caseId, "sign", "同意印发。");
        data = data(zhangsan, caseId);
        assertThat((String) data.get("documentNumber")).matches("示政办发〔20\\d\\d〕[1-9]\\d*号");
        assertThat(data.get("signingDate")).isNotNull();

        // 排版 runs as a job, then 用印印发 lands with the office's officers
        Waiting.until(() -> zhangsan.openTask(caseId), t -> t != null && "用印印发".equals(t.get("name")));
        complete(zhangsan, caseId, "issue", null);

        // 分发: 法制科 gets a 阅件; reading it is the receipt
        Map<String, Object> read = Waiting.until(() -> zhaoliu.openTask(caseId), t -> t != null);
        assertThat(read.get("name")).isEqualTo("阅件");
        assertThat(zhangsan.list("/api/documents/" + caseId + "/receipts")).singleElement()
                .satisfies(r -> assertThat(r.get("state")).isEqualTo("open"));
        complete(zhaoliu, caseId, "read", null);
        assertThat(zhangsan.list("/api/documents/" + caseId + "/receipts")).singleElement().satisfies(r -> {
            assertThat(r.get("state")).isEqualTo("read");
            assertThat(r.get("readBy")).isEqualTo("zhaoliu");
        });

        // 归档: DOCX, OFD, PDF and the 发文稿纸 in object storage with their hashes
        Waiting.until(() -> zhangsan.get("/api/cases/" + caseId).getBody(), c -> "completed".equals(c.get("state")));
        List<Map<String, Object>> files = zhangsan.list("/api/documents/" + caseId + "/files");
        assertThat(files).filteredOn(f -> "archive".equals(f.get("stage"))).extracting(f -> f.get("kind"))
                .contains("DOCX", "OFD", "PDF", "SHEET", "RECORD");
        for (Map<String, Object> f : files) {
            byte[] stored = objectStore.get((String) f.get("objectKey")).orElseThrow();
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(stored)))
                    .isEqualTo(f.get("sha256"));
        }

        // every decision and every automated step is on the ledger, in order
        Api auditor = Api.as(rest, "auditor");
        List<Map<String, Object>> records = Waiting.until(() -> auditor.list("/api/ledger/records?caseId=" + caseId),
                r -> r.stream().anyMatch(x -> "archive".equals(x.get("action")))
                        && r.stream().anyMatch(x -> "read".equals(x.get("action"))));
        List<Object> actions = records.stream().map(r -> r.get("action")).toList();
        assertThat(actions).containsSubsequence("submit", "approve", "countersign", "issue", "issue", "archive");
        // 签发 and its 编号 commit in one transaction and reach the log after it, in either order, both before 印发
        assertThat(actions.subList(actions.indexOf("countersign"), actions.indexOf("issue"))).contains("sign", "number");
    }

    @Test
    void the_attachment_note_is_checked_against_the_files_attached_to_the_case() {
        Api zhangsan = Api.as(rest, "zhangsan");
        String caseId = zhangsan.startDocument("关于开展2026年度安全生产检查的通知", BODY);
        assertThat(zhangsan.upload("/api/cases/" + caseId + "/attachments", "检查清单.txt",
                "一、消防设施".getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of()).getStatusCode().value())
                .isEqualTo(201);

        var withoutNote = zhangsan.put("/api/documents/" + caseId + "/draft", Map.of("mainRecipients", "各科室"));
        assertThat(ruleIds(withoutNote.getBody())).contains("DOC-ATTACHMENT-NOTE-MISSING");

        var wrongNote = zhangsan.put("/api/documents/" + caseId + "/draft", Map.of("attachmentNote", "附件：检查方案"));
        assertThat(ruleIds(wrongNote.getBody())).contains("DOC-ATTACHMENT-NOT-ATTACHED", "DOC-ATTACHMENT-NOT-LISTED");

        var rightNote = zhangsan.put("/api/documents/" + caseId + "/draft", Map.of("attachmentNote", "附件：检查清单"));
        assertThat(ruleIds(rightNote.getBody())).noneMatch(id -> id.startsWith("DOC-ATTACHMENT"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> ruleIds(Map<String, Object> saved) {
        return ((List<Map<String, Object>>) saved.get("findings")).stream().map(f -> (String) f.get("ruleId")).toList();
    }

    @Test
    void a_number_voided_at_issue_is_kept_and_never_given_again() {
        Api zhangsan = Api.as(rest, "zhangsan");
        Api lisi = Api.as(rest, "lisi");
        Api wangwu = Api.as(rest, "wangwu");
        String caseId = zhangsan.startDocument("关于调整值班安排的通知", BODY);
        zhangsan.put("/api/documents/" + caseId + "/draft", Map.of("mainRecipients", "各科室"));
        complete(zhangsan, caseId, "submit", null);
        complete(lisi, caseId, "approve", null);
        complete(wangwu, caseId, "sign", null);
        String first = (String) data(zhangsan, caseId).get("documentNumber");
        Waiting.until(() -> zhangsan.openTask(caseId), t -> t != null && "用印印发".equals(t.get("name")));

        // sent back at 用印印发: the number is voided with the reason, the draft goes back to 拟稿
        complete(zhangsan, caseId, "return", "附件缺页，重新印制。");
        assertThat(zhangsan.openTask(caseId).get("name")).isEqualTo("拟稿");
        assertThat(data(zhangsan, caseId).get("documentNumber")).isNull();

        complete(zhangsan, caseId, "submit", null);
        complete(lisi, caseId, "approve", null);
        complete(wangwu, caseId, "sign", null);
        String second = (String) data(zhangsan, caseId).get("documentNumber");
        assertThat(second).isNotEqualTo(first);
        List<Map<String, Object>> numbers = zhangsan.list("/api/documents/" + caseId + "/numbers");
        assertThat(numbers).extracting(n -> n.get("number") + ":" + n.get("state"))
                .containsExactly(first + ":voided", second + ":assigned");
        assertThat(numbers.get(0).get("voidReason")).isEqualTo("附件缺页，重新印制。");
    }

    @Test
    void countersign_returned_by_a_department_and_signing_returned_by_the_leader_go_back_to_the_drafter() {
        Api zhangsan = Api.as(rest, "zhangsan");
        Api lisi = Api.as(rest, "lisi");
        Api sunqi = Api.as(rest, "sunqi");
        Api wangwu = Api.as(rest, "wangwu");
        String caseId = zhangsan.startDocument("关于修订合同管理办法的通知", BODY);
        zhangsan.put("/api/documents/" + caseId + "/draft", draftFields());
        complete(zhangsan, caseId, "submit", null);
        complete(lisi, caseId, "approve", null);

        assertThat(sunqi.complete((String) sunqi.openTask(caseId).get("id"), "return", " ", null)
                .getStatusCode().value()).as("a return needs its reasons").isEqualTo(400);
        complete(sunqi, caseId, "return", "第三条与《民法典》第五百零九条不一致。");
        assertThat(zhangsan.openTask(caseId).get("name")).isEqualTo("拟稿");

        complete(zhangsan, caseId, "submit", null);
        complete(lisi, caseId, "approve", null);
        complete(sunqi, caseId, "agree", null);
        complete(wangwu, caseId, "return", "请压缩篇幅。");
        assertThat(zhangsan.openTask(caseId).get("name")).isEqualTo("拟稿");
        assertThat(data(zhangsan, caseId).get("documentNumber")).as("no number before signing").isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_save_is_a_version_and_two_versions_compare_word_by_word() {
        Api zhangsan = Api.as(rest, "zhangsan");
        String caseId = zhangsan.startDocument("关于做好节前安全检查的通知", BODY);
        String edited = BODY.replace("全部办公场所", "全部办公场所和仓库");
        zhangsan.put("/api/documents/" + caseId + "/draft", Map.of("body", edited));
        zhangsan.put("/api/documents/" + caseId + "/draft", Map.of("body", edited));

        List<Map<String, Object>> versions = zhangsan.list("/api/documents/" + caseId + "/versions");
        assertThat(versions).as("a save that changes nothing adds no version").hasSize(3);
        List<Map<String, Object>> diff = zhangsan.list("/api/documents/" + caseId + "/versions/diff?from=2&to=3");
        Map<String, Object> body = diff.stream().filter(d -> "body".equals(d.get("field"))).findFirst().orElseThrow();
        assertThat(body.get("changed")).isEqualTo(true);
        List<Map<String, Object>> segments = (List<Map<String, Object>>) body.get("segments");
        assertThat(segments).filteredOn(s -> !"equal".equals(s.get("op"))).singleElement()
                .satisfies(s -> assertThat(s.get("right")).isEqualTo("和仓库"));
        assertThat(String.join("", segments.stream().map(s -> (String) s.get("right")).toList())).isEqualTo(edited);

        Api sunqi = Api.as(rest, "sunqi");
        assertThat(sunqi.get("/api/documents/" + caseId + "/versions/1").getStatusCode().value())
                .as("another department does not see a case it takes no part in").isEqualTo(404);
    }

    private static Map<String, Object> data(Api api, String caseId) {
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) api.get("/api/cases/" + caseId).getBody().get("data");
        return data;
    }

    private static void complete(Api api, String caseId, String outcome, String opinion) {
        Map<String, Object> task = api.openTask(caseId);
        assertThat(task).as(api.user() + " has a task on " + caseId).isNotNull();
        assertThat(api.complete((String) task.get("id"), outcome, opinion, null).getStatusCode().value())
                .as(api.user() + " " + outcome).isEqualTo(204);
    }
}
