package org.edusignconnector.fca;

import java.util.LinkedHashMap;
import java.util.Map;

import org.edusignconnector.course.SourceListing;
import org.edusignconnector.course.SyncWindow;

/**
 * What one run reads from FCA Manager, as raw records: the séances of the window, and the
 * registrations of their actions, each action read once and only when a séance needs it.
 */
final class FcaSnapshotReader {

    private final FcaClient client;

    FcaSnapshotReader(FcaClient client) {
        this.client = client;
    }

    /** Séances from today, so that today's courses are listed and answered rather than taken for deleted. */
    SourceListing.Result seances(SyncWindow window) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("dateDebut", window.now().toLocalDate().toString());
        query.put("dateFin", window.lastDay().toString());
        return client.listing("/seances", query);
    }

    /** A fresh registration cache: one per run, so that a run sees the registrations as they are now. */
    FcaRegistrations registrations() {
        return new FcaRegistrations(client);
    }
}
