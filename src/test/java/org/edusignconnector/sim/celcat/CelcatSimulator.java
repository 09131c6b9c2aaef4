package org.edusignconnector.sim.celcat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.edusignconnector.sim.common.SourceSimulator;

/**
 * A strict in-process Celcat WebAPI on 127.0.0.1 (contract: shared reference, source-apis.md section 1).
 * Only timetables created through {@link #timetable(String)} exist; others answer 404.
 */
public final class CelcatSimulator extends SourceSimulator<RecordedRequest> {

    private static final int THREADS = 4;

    private final Map<String, CelcatTimetable> timetables;
    private final WebApi api;

    private CelcatSimulator(int port, Map<String, CelcatTimetable> timetables, WebApi api) throws IOException {
        super(port, THREADS, "celcat-sim", WebApi.DIALECT, (r, status) -> new RecordedRequest(r.method(), r.rawPath(),
                r.rawQuery(), WebApi.timetableId(r), r.body(), status), api::answer);
        this.timetables = timetables;
        this.api = api;
    }

    /** Starts on {@code port} (0 = any free port); {@code apiCode} null means no APICode is required. */
    public static CelcatSimulator start(int port, String apiCode) {
        Map<String, CelcatTimetable> timetables = new ConcurrentHashMap<>();
        WebApi api = new WebApi(apiCode, id -> Optional.ofNullable(timetables.get(id)));
        try {
            return new CelcatSimulator(port, timetables, api);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Celcat simulator on port " + port, e);
        }
    }

    /** {@code http://127.0.0.1:<port>/api}, no trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/api";
    }

    /**
     * Also serves CELCAT's Attendance Web Services at {@link #cawsBaseUrl()}: a password grant for this user,
     * tokens valid {@code expiresInSeconds} (as announced), registers and mark definitions behind them.
     */
    public void enableCaws(String username, String password, long expiresInSeconds) {
        api.caws().enable(username, password, expiresInSeconds);
    }

    /** {@code http://127.0.0.1:<port>/caws/}, with its trailing slash (CAWS paths are relative to it). */
    public String cawsBaseUrl() {
        return "http://127.0.0.1:" + port() + CawsAuth.PREFIX;
    }

    /** How many tokens the CAWS token endpoint granted so far. */
    public int cawsTokensGranted() {
        return api.caws().granted().size();
    }

    /** The tokens granted so far, in order (secrets a test looks for where they must not be). */
    public List<String> cawsTokens() {
        return api.caws().granted();
    }

    /** Every CAWS token granted so far is refused from now on (401), as after its expiry. */
    public void expireCawsTokens() {
        api.caws().expireAll();
    }

    /** The timetable served for header {@code TimetableId: id}, created empty on first use. */
    public CelcatTimetable timetable(String timetableId) {
        return timetables.computeIfAbsent(timetableId, CelcatTimetable::new);
    }
}
