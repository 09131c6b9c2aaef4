package org.edusignconnector.celcat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.http.HttpReply;

/**
 * Where a tenant's Celcat registers are read and written: through the Timetabler WebAPI with its
 * {@code APICode} ({@link WebApiRegisters}, the default) or through CELCAT's Attendance Web Services
 * with an OAuth2 bearer token ({@link CawsRegisters}). A register's 404 (unknown event) and 500
 * (week or event not valid) are answers, returned, never redelivered as transient failures.
 */
public interface RegisterChannel {

    /** The institution's marks ({@code Id}, {@code Definition} P, A or L). */
    List<JsonNode> markDefinitions(String timetableId);

    /** {@code GET Registers/{id}}: the whole register. */
    HttpReply get(RegisterId register, String timetableId);

    /** {@code PUT Registers/{id}} with the whole register; the answer is the register as stored. */
    HttpReply put(RegisterId register, String body, String timetableId);
}
