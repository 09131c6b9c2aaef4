package org.edusignconnector.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.edusignconnector.fca.FcaAttendance;
import org.edusignconnector.fca.FcaClient;
import org.edusignconnector.fca.FcaOptions;
import org.edusignconnector.fca.FcaSource;
import org.edusignconnector.course.SourceAdapter;
import org.edusignconnector.http.HttpGateway;
import org.edusignconnector.http.ProxySettings;
import org.edusignconnector.tenant.Secrets;
import org.edusignconnector.tenant.TenantConfigException;
import org.edusignconnector.tenant.TenantFactory;
import org.edusignconnector.tenant.TenantSettings;

/**
 * Builds a tenant's FCA Manager source from the parameters of the {@code fca-to-edusign}
 * template. URL, username and password are mandatory.
 */
public class FcaTenantFactory implements TenantFactory {

    private final HttpGateway gateway;
    private final ObjectMapper json;
    private final Secrets secrets;

    public FcaTenantFactory(HttpGateway gateway, ObjectMapper json, Secrets secrets) {
        this.gateway = gateway;
        this.json = json;
        this.secrets = secrets;
    }

    @Override
    public SourceAdapter source(TenantSettings s) {
        String url = s.required("fcaUrl");
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new TenantConfigException(s.tenant(), "fcaUrl", "must be an http(s) URL, got '" + url + "'");
        }
        String username = s.required("fcaUsername");
        String password = secret(s, "fcaPasswordEnv");
        int pageSize = s.number("fcaPageSize");
        if (pageSize < 1 || pageSize > 500) {
            throw new TenantConfigException(s.tenant(), "fcaPageSize", "must be between 1 and 500");
        }
        int maxItems = s.number("fcaMaxItems");
        if (maxItems < 1) {
            throw new TenantConfigException(s.tenant(), "fcaMaxItems", "must be at least 1");
        }
        FcaClient client = new FcaClient(gateway, json, url, username, password, s.tenant(), pageSize, maxItems, proxy(s));
        FcaOptions options = new FcaOptions(s.list("activities"), s.flag("includeUnconfirmedRegistrations"),
                s.flag("instructorsFromTeaching"));
        FcaAttendance attendance = new FcaAttendance(client, json, s.tenant(), s.text("defaultAbsenceReason"),
                s.flag("sendDelaysExclusionsEarlyDepartures"), s.flag("forceInstructorPresence"));
        return new FcaSource(client, options, s.tenant(), s.text("defaultAbsenceReason"), attendance);
    }

    private ProxySettings proxy(TenantSettings s) {
        String host = s.text("proxyHost");
        if (host == null) {
            return null;
        }
        int port = s.number("proxyPort", -1);
        if (port < 1 || port > 65535) {
            throw new TenantConfigException(s.tenant(), "proxyPort", "must be given with proxyHost (1-65535)");
        }
        String user = s.text("proxyUsername");
        String password = user == null ? null : secret(s, "proxyPasswordEnv");
        return new ProxySettings(host, port, user, password);
    }

    private String secret(TenantSettings s, String field) {
        String name = s.required(field);
        String value = secrets.find(name);
        if (value == null) {
            throw new TenantConfigException(s.tenant(), field, "names " + name + ", which is not set in the environment");
        }
        return value;
    }
}
