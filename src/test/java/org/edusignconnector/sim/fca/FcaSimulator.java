package org.edusignconnector.sim.fca;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.edusignconnector.sim.common.SourceSimulator;

/**
 * A strict in-process FCA Manager REST API on 127.0.0.1 (contract: shared reference, source-apis.md section 2).
 * Every call needs HTTP Basic with the account given to {@link #start}; the data is {@link #data()}.
 */
public final class FcaSimulator extends SourceSimulator<RecordedRequest> {

    private static final int THREADS = 8;

    private final FcaData data;

    private FcaSimulator(int port, BasicAuth auth, FcaData data) throws IOException {
        super(port, THREADS, "fca-sim", FcaApi.DIALECT, (r, status) -> new RecordedRequest(r.method(), r.rawPath(),
                r.rawQuery(), r.body(), status, FcaApi.via(r)), new FcaApi(auth, data)::answer);
        this.data = data;
    }

    /** Starts on {@code port} (0 = any free port); every call must carry HTTP Basic {@code username:password}. */
    public static FcaSimulator start(int port, String username, String password) {
        BasicAuth auth = new BasicAuth(username, password);
        try {
            return new FcaSimulator(port, auth, new FcaData());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start FCA Manager simulator on port " + port, e);
        }
    }

    /** {@code http://127.0.0.1:<port>/api}, no trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/api";
    }

    /** The live data served (mutable, thread-safe). */
    public FcaData data() {
        return data;
    }
}
