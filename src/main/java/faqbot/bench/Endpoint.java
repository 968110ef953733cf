package faqbot.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What a load phase sends: the raw HTTP/1.1 requests for one endpoint, cycled through. */
record Endpoint(String name, List<byte[]> requests) {

    static Endpoint health(String host) {
        return new Endpoint("GET /api/health", List.of(bytes("GET /api/health HTTP/1.1\r\nHost: " + host + "\r\n\r\n")));
    }

    static Endpoint chat(String host) {
        List<byte[]> requests = new ArrayList<>();
        for (String question : ArticleTurnBenchmark.QUESTIONS) {
            String body = "{\"message\": \"" + question.replace("\"", "\\\"") + "\", \"conversation\": null}";
            byte[] json = bytes(body);
            requests.add(bytes("POST /api/chat HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + json.length + "\r\n\r\n" + body));
        }
        return new Endpoint("POST /api/chat", requests);
    }

    byte[] request(long n) {
        return requests.get((int) (n % requests.size()));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
