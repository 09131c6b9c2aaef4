package org.edusignconnector.celcat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.http.HttpReply;

/** Registers through the Timetabler WebAPI the timetable is read from ({@code APICode}, {@code TimetableId}). */
public class WebApiRegisters implements RegisterChannel {

    private final CelcatClient client;

    public WebApiRegisters(CelcatClient client) {
        this.client = client;
    }

    @Override
    public List<JsonNode> markDefinitions(String timetableId) {
        return client.list("/MarkDefinitions", Map.of(), timetableId);
    }

    @Override
    public HttpReply get(RegisterId register, String timetableId) {
        return client.register("GET", register, null, timetableId);
    }

    @Override
    public HttpReply put(RegisterId register, String body, String timetableId) {
        return client.register("PUT", register, body, timetableId);
    }
}
