package vn.sgddt.kehoach.support;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/** The REST API of a running application over real HTTP, signed in with HTTP Basic as a demo official. */
public final class RestClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;

    public RestClient(String base) {
        this.base = base;
    }

    public static RestClient onPort(int port) {
        return new RestClient("http://127.0.0.1:" + port);
    }

    /** A status and a body. */
    public record Answer(int status, String body) {

        public <T> T read(String jsonPath) {
            return JsonPath.read(body, jsonPath);
        }

        public long id() {
            return ((Number) read("$.id")).longValue();
        }
    }

    /** A request signed in as the demo user, or as nobody when {@code user} is null. */
    public Answer call(String user, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    /** Fails unless the answer has the status. */
    public Answer expect(int status, String user, String method, String path, String json) {
        Answer answer = call(user, method, path, json);
        if (answer.status() != status) {
            throw new AssertionError(method + " " + path + " as " + user + ": expected " + status + " but was "
                    + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    /** The id of the user's one open task of that kind on the plan, from {@code GET /api/tasks}. */
    public String taskOf(String user, long planId, String kind) {
        Answer tasks = expect(200, user, "GET", "/api/tasks?limit=500", null);
        List<String> ids = tasks.read("$[?(@.planId == " + planId + " && @.kind == '" + kind + "')].id");
        if (ids.size() != 1) {
            throw new AssertionError(kind + " of plan " + planId + " for " + user + ": " + ids);
        }
        return ids.get(0);
    }

    public Answer decide(String user, long planId, String kind, String decision) {
        return expect(200, user, "POST", "/api/tasks/" + taskOf(user, planId, kind) + "/complete",
                "{\"decision\":\"" + decision + "\"}");
    }

    /** A plan of GDTrH signed by the Giám đốc, with one appendix row per content, all due on the deadline. */
    public static String planJson(String title, String deadline, List<String> rows) {
        StringBuilder appendix = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            appendix.append(i == 0 ? "" : ",").append("{\"content\":\"").append(rows.get(i))
                    .append("\",\"leadUnit\":\"GDTrH\",\"coordinatingUnits\":[\"KTQLCL\"],\"deadline\":\"")
                    .append(deadline).append("\"}");
        }
        return """
                {"title":"%s","legalBases":["Luật Giáo dục ngày 14 tháng 6 năm 2019;"],
                 "sections":[{"heading":"I. MỤC ĐÍCH, YÊU CẦU","text":"Nâng cao chất lượng."}],
                 "recipients":[{"name":"UBND tỉnh","purpose":"b/c"}],
                 "signer":{"username":"giamdoc","form":"DIRECT"},"appendix":[%s]}
                """.formatted(title, appendix);
    }

    /** Creates a plan as cv.gdtrh and takes it through the unit head, the deputy and the signer: it waits to be issued. */
    public long signedPlan(String json) {
        long id = expect(201, "cv.gdtrh", "POST", "/api/plans", json).id();
        expect(200, "cv.gdtrh", "POST", "/api/plans/" + id + "/submit", null);
        decide("tp.gdtrh", id, "REVIEW_UNIT", "APPROVE");
        decide("pgd1", id, "REVIEW_DEPUTY", "APPROVE");
        decide("giamdoc", id, "SIGN", "SIGN");
        return id;
    }
}
