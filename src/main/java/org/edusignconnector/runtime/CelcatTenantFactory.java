package org.edusignconnector.runtime;

import java.time.Clock;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.edusignconnector.celcat.CawsRegisters;
import org.edusignconnector.celcat.CelcatAttendance;
import org.edusignconnector.celcat.CelcatClient;
import org.edusignconnector.celcat.CelcatOptions;
import org.edusignconnector.celcat.CelcatSource;
import org.edusignconnector.celcat.RegisterChannel;
import org.edusignconnector.celcat.UserNameFormat;
import org.edusignconnector.celcat.WebApiRegisters;
import org.edusignconnector.course.SourceAdapter;
import org.edusignconnector.http.HttpGateway;
import org.edusignconnector.tenant.Secrets;
import org.edusignconnector.tenant.TenantConfigException;
import org.edusignconnector.tenant.TenantFactory;
import org.edusignconnector.tenant.TenantSettings;

/** Builds a tenant's Celcat source from the parameters of the {@code celcat-to-edusign} template. */
public class CelcatTenantFactory implements TenantFactory {

    private final HttpGateway gateway;
    private final ObjectMapper json;
    private final Secrets secrets;

    public CelcatTenantFactory(HttpGateway gateway, ObjectMapper json, Secrets secrets) {
        this.gateway = gateway;
        this.json = json;
        this.secrets = secrets;
    }

    @Override
    public SourceAdapter source(TenantSettings s) {
        String url = s.required("celcatUrl");
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new TenantConfigException(s.tenant(), "celcatUrl", "must be an http(s) URL, got '" + url + "'");
        }
        String apiCodeEnv = s.text("celcatApiCodeEnv");
        String apiCode = null;
        if (apiCodeEnv != null) {
            apiCode = secrets.find(apiCodeEnv);
            if (apiCode == null) {
                throw new TenantConfigException(s.tenant(), "celcatApiCodeEnv", "names " + apiCodeEnv + ", which is not set in the environment");
            }
        }
        UserNameFormat format;
        try {
            format = UserNameFormat.parse(s.required("userNameFormat"));
        } catch (IllegalArgumentException e) {
            throw new TenantConfigException(s.tenant(), "userNameFormat", e.getMessage());
        }
        int pageSize = s.number("celcatPageSize");
        if (pageSize < 1 || pageSize > 1000) {
            throw new TenantConfigException(s.tenant(), "celcatPageSize", "must be between 1 and 1000");
        }
        int maxItems = s.number("celcatMaxItems");
        if (maxItems < 1) {
            throw new TenantConfigException(s.tenant(), "celcatMaxItems", "must be at least 1");
        }
        List<String> timetables = s.list("timetables");
        CelcatOptions options = new CelcatOptions(s.list("timeTableIds"), s.list("eventCategoryNamesIncluded"),
                s.list("eventCategoryNamesExcluded"), s.list("companies"), s.list("areas"));
        CelcatClient client = new CelcatClient(gateway, json, url, apiCode, s.tenant(), pageSize, maxItems);
        return new CelcatSource(client, format, timetables, options, new CelcatAttendance(registers(s, client), json, timetables));
    }

    /** Registers through the WebAPI (its APICode), unless the tenant names a CAWS base URL (OAuth2 password grant). */
    private RegisterChannel registers(TenantSettings s, CelcatClient client) {
        String cawsUrl = s.text("celcatRegistersUrl");
        if (cawsUrl == null) {
            return new WebApiRegisters(client);
        }
        if (!cawsUrl.startsWith("http://") && !cawsUrl.startsWith("https://")) {
            throw new TenantConfigException(s.tenant(), "celcatRegistersUrl", "must be an http(s) URL, got '" + cawsUrl + "'");
        }
        String username = s.text("celcatRegistersUsername");
        if (username == null) {
            throw new TenantConfigException(s.tenant(), "celcatRegistersUsername", "is required with celcatRegistersUrl");
        }
        String passwordEnv = s.text("celcatRegistersPasswordEnv");
        if (passwordEnv == null) {
            throw new TenantConfigException(s.tenant(), "celcatRegistersPasswordEnv", "is required with celcatRegistersUrl");
        }
        String password = secrets.find(passwordEnv);
        if (password == null) {
            throw new TenantConfigException(s.tenant(), "celcatRegistersPasswordEnv", "names " + passwordEnv + ", which is not set in the environment");
        }
        return new CawsRegisters(gateway, json, cawsUrl, username, password, s.tenant(), Clock.systemUTC());
    }
}
