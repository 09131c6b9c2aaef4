package org.edusignconnector.edusign;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.apache.camel.impl.DefaultCamelContext;
import org.edusignconnector.http.HttpCall;
import org.edusignconnector.http.HttpGateway;
import org.edusignconnector.http.HttpReply;

/**
 * Answers each call with the next scripted reply or failure, as the http-call route would after its
 * redeliveries, and keeps what was asked ("METHOD path?query").
 */
public final class ScriptedGateway extends HttpGateway {
    private final Deque<Object> script = new ArrayDeque<>();
    private final List<String> calls = new ArrayList<>();

    public ScriptedGateway(DefaultCamelContext context) {
        super(context, Duration.ofSeconds(30));
    }

    public ScriptedGateway answer(int status, String body) {
        script.add(new HttpReply(status, Map.of(), body));
        return this;
    }

    public ScriptedGateway success(String resultJson) {
        return answer(200, "{\"status\":\"success\",\"result\":" + resultJson + "}");
    }

    public ScriptedGateway error(String message) {
        return answer(200, "{\"status\":\"error\",\"message\":\"" + message + "\"}");
    }

    public ScriptedGateway fail(RuntimeException failure) {
        script.add(failure);
        return this;
    }

    public List<String> calls() {
        return calls;
    }

    @Override
    public HttpReply execute(HttpCall call) {
        calls.add(call.method() + " " + call.url().replaceFirst("^https?://[^/]+", ""));
        Object next = script.remove();
        if (next instanceof RuntimeException failure) {
            throw failure;
        }
        return (HttpReply) next;
    }
}
