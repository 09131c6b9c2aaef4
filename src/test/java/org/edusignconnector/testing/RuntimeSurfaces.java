package org.edusignconnector.testing;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads what a running runtime shows to the outside, as text a test can search: every table of its
 * database, the Camel MBeans' attributes, answers of its HTTP ports, and each console of the
 * developer console ({@code /q/dev} on the management port, when enabled).
 */
public final class RuntimeSurfaces {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private RuntimeSurfaces() {
    }

    /** Every row of every table of the runtime's schema, columns separated by '|'. */
    public static String allTables(DataSource dataSource) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            if (tables.isEmpty()) {
                throw new IllegalStateException("no table found in schema " + c.getSchema());
            }
            for (String table : tables) {
                out.append("== ").append(table).append('\n');
                try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM " + meta.getIdentifierQuoteString() + table
                        + meta.getIdentifierQuoteString())) {
                    ResultSetMetaData columns = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            out.append(rs.getString(i)).append('|');
                        }
                        out.append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    /** Every readable attribute of every MBean of this JVM's platform server (Camel's, the JVM's, the pool's). */
    public static String mbeanAttributes() throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        StringBuilder out = new StringBuilder();
        for (ObjectName name : server.queryNames(null, null)) {
            out.append("== ").append(name).append('\n');
            for (MBeanAttributeInfo attribute : server.getMBeanInfo(name).getAttributes()) {
                try {
                    out.append(attribute.getName()).append(" = ").append(server.getAttribute(name, attribute.getName())).append('\n');
                } catch (Exception notReadable) {
                    // some attributes need a running component
                }
            }
        }
        return out.toString();
    }

    /** GET: status line and body (the status is kept so that a test can tell an answer from an error page). */
    public static String get(int port, String path, String authorization, String accept) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (authorization != null) {
            r.header("Authorization", authorization);
        }
        if (accept != null) {
            r.header("Accept", accept);
        }
        HttpResponse<String> answer = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() + " " + answer.headers().map() + "\n" + answer.body();
    }

    public static String post(int port, String path, String authorization, Map<String, String> headers, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            r.header("Authorization", authorization);
        }
        headers.forEach(r::header);
        HttpResponse<String> answer = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() + " " + answer.headers().map() + "\n" + answer.body();
    }

    /** The admin's Authorization header in tests. */
    public static String admin() {
        return "Bearer " + RuntimeHarness.ADMIN_TOKEN;
    }

    public static String encode(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8);
    }

    /**
     * Each console the developer console lists at {@code /q/dev}, called with its default options,
     * as text and, when it offers it, as JSON: console id (with " json" for the JSON form) to answer.
     */
    public static Map<String, String> devConsoles(int managementPort) throws Exception {
        String listing = body(get(managementPort, "/q/dev", null, "application/json"));
        if (!listing.startsWith("{")) {
            throw new IllegalStateException("the developer console lists no console: " + listing);
        }
        JsonNode index = JSON.readTree(listing);
        Map<String, String> answers = new LinkedHashMap<>();
        for (String id : (Iterable<String>) index::fieldNames) {
            answers.put(id, get(managementPort, "/q/dev/" + id, null, "text/plain"));
            answers.put(id + " json", get(managementPort, "/q/dev/" + id, null, "application/json"));
        }
        return answers;
    }

    private static String body(String answer) {
        return answer.substring(answer.indexOf('\n') + 1);
    }
}
