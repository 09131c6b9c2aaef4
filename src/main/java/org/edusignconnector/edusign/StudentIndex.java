package org.edusignconnector.edusign;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.course.PersonRules;

/**
 * The school's Edusign students by normalised e-mail, read once per run through the paged list
 * {@code GET /v1/student?page=&limit=} the first time the run is about to create a student, so that
 * one adopted by e-mail needs no {@code by-email} lookup per learner. One per {@code SyncRun}: never
 * shared between runs or tenants. Students the run creates are added, so a later learner with the same
 * e-mail is adopted like one found on Edusign.
 *
 * <p>When several students share an e-mail, a non-archived one (HIDDEN=0) is preferred, else the first
 * listed. The list ends at the first empty page, not at a short one: should Edusign cap a page below the
 * limit asked, stopping at a short page would miss students and create them twice. A page that brings
 * no student not seen before means the list does not page as asked: it is then treated as unreadable.
 */
public final class StudentIndex {

    static final int PAGE_SIZE = 100;
    private static final int MAX_PAGES = 100_000;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StudentIndex.class);

    private Map<String, String> idByEmail;
    private String refusal;
    private int pagesRead;

    /**
     * Reads the list if this run has not yet; false when Edusign refused it (a business error, or a result
     * that is not a list), in which case the caller looks each e-mail up on its own, as before the index.
     */
    public synchronized boolean readable(EdusignApi api) {
        if (idByEmail == null && refusal == null) {
            try {
                idByEmail = read(api);
            } catch (EdusignBusinessException e) {
                refusal = e.getMessage();
                LOG.warn("{}: the student list cannot be read ({}); students are looked up by e-mail one by one this run", api, refusal);
            }
        }
        return idByEmail != null;
    }

    /** The Edusign id of the student with that e-mail, once {@link #readable} said true. */
    public synchronized Optional<String> find(String email) {
        String key = PersonRules.normaliseEmail(email);
        return idByEmail == null || key == null ? Optional.empty() : Optional.ofNullable(idByEmail.get(key));
    }

    /** A student this run created or adopted; ignored while the list has not been read (it will contain it). */
    public synchronized void add(String email, String id) {
        String key = PersonRules.normaliseEmail(email);
        if (idByEmail != null && key != null && id != null) {
            idByEmail.putIfAbsent(key, id);
        }
    }

    /** List pages read by this run (0 while the index has not been needed). */
    public synchronized int pagesRead() {
        return pagesRead;
    }

    private Map<String, String> read(EdusignApi api) {
        Map<String, String> ids = new HashMap<>();
        Map<String, Boolean> archived = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonNode students = api.get("/v1/student?page=" + page + "&limit=" + PAGE_SIZE);
            pagesRead++;
            if (students == null || !students.isArray()) {
                throw new EdusignBusinessException("GET /v1/student", "the student list is not an array: "
                        + (students == null ? "null" : students.getNodeType()));
            }
            if (students.isEmpty()) {
                return ids;
            }
            boolean news = false;
            for (JsonNode s : students) {
                String id = EdusignApi.idOrNull(s);
                news |= id != null && seen.add(id);
                String email = PersonRules.normaliseEmail(s.path("EMAIL").asText(null));
                if (email == null || email.isEmpty() || id == null) {
                    continue;
                }
                boolean hidden = s.path("HIDDEN").asInt(0) == 1;
                Boolean known = archived.get(email);
                if (known == null || (known && !hidden)) {
                    ids.put(email, id);
                    archived.put(email, hidden);
                }
            }
            if (!news) {
                throw new EdusignBusinessException("GET /v1/student", "page " + page
                        + " of the student list repeats students already listed: the list does not page as asked");
            }
        }
        throw new IllegalStateException("the Edusign student list did not end after " + MAX_PAGES + " pages");
    }
}
