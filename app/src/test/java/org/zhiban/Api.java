package org.zhiban;

import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** The REST API as one demo user calls it (HTTP Basic, password demo123). */
public record Api(TestRestTemplate rest, String user) {

    public static Api as(TestRestTemplate rest, String user) {
        return new Api(rest.withBasicAuth(user, "demo123"), user);
    }

    public ResponseEntity<Map<String, Object>> post(String path, Object body) {
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body), new ParameterizedTypeReference<>() {});
    }

    public ResponseEntity<Map<String, Object>> put(String path, Object body) {
        return rest.exchange(path, HttpMethod.PUT, new HttpEntity<>(body), new ParameterizedTypeReference<>() {});
    }

    public ResponseEntity<Map<String, Object>> get(String path) {
        return rest.exchange(path, HttpMethod.GET, null, new ParameterizedTypeReference<>() {});
    }

    /** A multipart upload of one file as {@code file}, with further form fields (none when {@code fields} is empty). */
    public ResponseEntity<Map<String, Object>> upload(String path, String fileName, byte[] content,
                                                      Map<String, String> fields) {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        fields.forEach(form::add);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), new ParameterizedTypeReference<>() {});
    }

    public List<Map<String, Object>> list(String path) {
        return rest.exchange(path, HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .getBody();
    }

    public String startDocument(String title, String body) {
        ResponseEntity<Map<String, Object>> created = post("/api/documents",
                Map.of("title", title, "docType", "通知", "body", body));
        if (created.getStatusCode().value() != 201) {
            throw new IllegalStateException("start failed: " + created);
        }
        String caseId = (String) created.getBody().get("caseId");
        // a 通知 without 主送 is an error the compliance check sends back; tests about other things name one
        ResponseEntity<Map<String, Object>> saved = put("/api/documents/" + caseId + "/draft",
                Map.of("mainRecipients", "各科室"));
        if (saved.getStatusCode().value() != 200) {
            throw new IllegalStateException("saving the draft failed: " + saved);
        }
        return caseId;
    }

    /** The caller's open task on that case, or null. */
    public Map<String, Object> openTask(String caseId) {
        return list("/api/tasks?q=" + caseId).stream().filter(t -> caseId.equals(t.get("caseId")))
                .findFirst().orElse(null);
    }

    public ResponseEntity<Map<String, Object>> complete(String taskId, String outcome, String opinion,
                                                        Map<String, Object> variables) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("outcome", outcome);
        body.put("opinion", opinion);
        body.put("variables", variables);
        return post("/api/tasks/" + taskId + "/complete", body);
    }
}
