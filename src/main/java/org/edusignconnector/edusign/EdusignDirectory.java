package org.edusignconnector.edusign;

import org.edusignconnector.ledger.ObjectKind;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.course.PersonRules;

/**
 * What the school already holds on Edusign, read once per run and kind from its paged lists, the first time
 * the run is about to create an object of that kind: courses of the run's window, groups, professors and
 * students, by API_ID (and people by e-mail). It is how a runtime that lost its database, or a ledger row
 * that never got its answer, finds what is there instead of creating it twice.
 *
 * <p>A list Edusign refuses, that does not page as asked, or whose items carry no API_ID at all, is
 * {@link Answer#UNLISTED}: the caller then asks object by object ({@code get-id}, {@code by-email}).
 * One per run: never shared between runs or tenants.
 */
public final class EdusignDirectory {

    /** The answer about one object: found (with Edusign's object), absent, or not answerable from the list. */
    public record Answer(JsonNode found, boolean listed) {
        public static final Answer UNLISTED = new Answer(null, false);
        static final Answer ABSENT = new Answer(null, true);

        public Optional<JsonNode> object() {
            return Optional.ofNullable(found);
        }
    }

    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final Map<ObjectKind, DirectoryListing> listings = new EnumMap<>(ObjectKind.class);

    /** {@code firstDay}..{@code lastDay}: the run's window, for the course list. */
    public EdusignDirectory(LocalDate firstDay, LocalDate lastDay) {
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    /** The object of that kind carrying one of {@code apiIds}. */
    public synchronized Answer byApiId(EdusignApi api, ObjectKind kind, List<String> apiIds) {
        DirectoryListing listing = listing(api, kind);
        if (listing.problem != null) {
            return Answer.UNLISTED;
        }
        for (String apiId : apiIds) {
            JsonNode node = listing.byApiId.get(apiId);
            if (node != null) {
                return new Answer(node, true);
            }
        }
        return Answer.ABSENT;
    }

    /** The object of that kind with that Edusign id. */
    public synchronized Answer byId(EdusignApi api, ObjectKind kind, String id) {
        DirectoryListing listing = listing(api, kind);
        if (listing.problem != null || id == null) {
            return Answer.UNLISTED;
        }
        JsonNode node = listing.byId.get(id);
        return node == null ? Answer.ABSENT : new Answer(node, true);
    }

    /** The person of that kind with that e-mail (a non-archived one preferred). */
    public synchronized Answer byEmail(EdusignApi api, ObjectKind kind, String email) {
        DirectoryListing listing = listing(api, kind);
        String key = PersonRules.normaliseEmail(email);
        if (listing.problem != null || key == null) {
            return Answer.UNLISTED;
        }
        JsonNode node = listing.byEmail.get(key);
        return node == null ? Answer.ABSENT : new Answer(node, true);
    }

    /** Every object of that kind the list holds (courses: the run's window), or empty when the list cannot be relied on. */
    public synchronized Optional<List<JsonNode>> all(EdusignApi api, ObjectKind kind) {
        DirectoryListing listing = listing(api, kind);
        return listing.problem != null ? Optional.empty() : Optional.of(List.copyOf(listing.byId.values()));
    }

    /** Why the list of that kind could not be relied on this run, if it was read and could not. */
    public synchronized Optional<String> problem(ObjectKind kind) {
        DirectoryListing listing = listings.get(kind);
        return listing == null ? Optional.empty() : Optional.ofNullable(listing.problem);
    }

    /** The problem of that kind's list the first time it is asked for, so that it is recorded once per run. */
    public synchronized Optional<String> problemToReport(ObjectKind kind) {
        DirectoryListing listing = listings.get(kind);
        if (listing == null || listing.problem == null || listing.problemReported) {
            return Optional.empty();
        }
        listing.problemReported = true;
        return Optional.of(listing.problem);
    }

    /** An object this run created or adopted, so that a later lookup in the same run finds it. */
    public synchronized void add(ObjectKind kind, String apiId, String email, JsonNode object) {
        DirectoryListing listing = listings.get(kind);
        if (listing == null || listing.problem != null) {
            return; // not read yet: it will be in the list when it is
        }
        listing.add(apiId, email, object);
    }

    /** Whether this run has read the list of that kind already (looking something up in it then costs nothing). */
    public synchronized boolean isRead(ObjectKind kind) {
        return listings.containsKey(kind);
    }

    /** List pages read by this run, every kind together. */
    public synchronized int pagesRead() {
        return listings.values().stream().mapToInt(l -> l.pages).sum();
    }

    private DirectoryListing listing(EdusignApi api, ObjectKind kind) {
        DirectoryListing listing = listings.get(kind);
        if (listing == null) {
            listing = DirectoryListing.read(api, kind, firstDay, lastDay);
            listings.put(kind, listing);
        }
        return listing;
    }
}
