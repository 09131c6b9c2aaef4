package org.edusignconnector.attendance;

import java.util.Map;

/**
 * What a write-back needs from the connector's side: the source keys of the Edusign students and
 * professors this connector made (from the ledger), and the names of Edusign's justified-absence
 * reasons, by justified-absence id.
 */
public record AttendanceContext(Map<String, String> studentKeys, Map<String, String> professorKeys,
                                Map<String, String> absenceReasonNames) {
}
