package org.edusignconnector.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A route reads top to bottom: no route of routes/ nests its steps deeper than {@value #MAX_DEPTH} levels, and
 * the idempotent write (the block that decides "already sent" against "write") is written once.
 *
 * <p>Depth is counted as the YAML reads: the route's {@code steps} list is level 1, and every mapping and list
 * on the way down (a step, {@code doTry}, {@code choice}, its {@code when} list and each branch, their
 * {@code steps}...) adds one, down to the deepest step; a step's own options ({@code bean: {ref, method}}) do
 * not count.
 */
class RouteDepthTest {

    static final int MAX_DEPTH = 10;

    @Test
    void noRouteNestsItsStepsDeeperThanTenLevels() throws IOException {
        Map<String, Integer> depths = new TreeMap<>();
        for (Path file : routeFiles()) {
            depths.putAll(RouteDepth.ofFile(Files.readString(file), file.toString()));
        }

        assertThat(depths).as("routes measured").containsKeys("sync-run", "sync-course", "sync-sheet", "http-attempt");
        assertThat(depths).allSatisfy((route, depth) ->
                assertThat(depth).as("depth of the steps of " + route).isLessThanOrEqualTo(MAX_DEPTH));
    }

    @Test
    void theIdempotentWriteIsWrittenOnceForCoursesAndSheets() throws IOException {
        long blocks = 0;
        for (Path file : routeFiles()) {
            blocks += Files.readAllLines(file).stream().filter(line -> line.trim().matches("-?\\s*idempotentConsumer:")).count();
        }

        assertThat(blocks).as("idempotentConsumer blocks in routes/").isEqualTo(1);
    }

    @Test
    void theDepthIsThatOfTheDeepestStepNotOfItsOptions() {
        String yaml = """
                - route:
                    id: nested
                    from:
                      uri: direct:nested
                      steps:
                        - log: "level 2"
                        - doTry:
                            steps:
                              - choice:
                                  when:
                                    - simple: "${body} == 1"
                                      steps:
                                        - bean:
                                            ref: deepest
                                            method: atLevelTen
                - routeTemplate:
                    id: flat-template
                    route:
                      from:
                        uri: direct:flat
                        steps:
                          - to: direct:elsewhere
                """;

        assertThat(RouteDepth.ofFile(yaml, "inline")).containsExactlyInAnyOrderEntriesOf(Map.of("nested", 10, "flat-template", 2));
    }

    private static List<Path> routeFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("routes"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** The depth of each route and route template of one YAML routes file, by id. */
    static final class RouteDepth {

        private RouteDepth() {
        }

        static Map<String, Integer> ofFile(String yaml, String name) {
            Object document = new Load(LoadSettings.builder().setLabel(name).build()).loadFromString(yaml);
            Map<String, Integer> depths = new TreeMap<>();
            if (!(document instanceof List<?> items)) {
                return depths;
            }
            for (Object item : items) {
                if (!(item instanceof Map<?, ?> element)) {
                    continue;
                }
                if (element.get("route") instanceof Map<?, ?> route) {
                    depths.put(String.valueOf(route.get("id")), ofRoute(route));
                }
                if (element.get("routeTemplate") instanceof Map<?, ?> template) {
                    Object route = template.get("route") instanceof Map<?, ?> inner ? inner : template;
                    depths.put(String.valueOf(template.get("id")), ofRoute((Map<?, ?>) route));
                }
            }
            return depths;
        }

        private static int ofRoute(Map<?, ?> route) {
            return route.get("from") instanceof Map<?, ?> from && from.get("steps") instanceof List<?> steps ? deepestStep(steps, 1) : 0;
        }

        /** {@code steps}, a list of steps at {@code level}: the level of its deepest step, at any nesting. */
        private static int deepestStep(List<?> steps, int level) {
            int deepest = steps.isEmpty() ? level : level + 1;
            for (Object step : steps) {
                deepest = Math.max(deepest, deepestInside(step, level + 1));
            }
            return deepest;
        }

        /** Any node at {@code level}: the level of the deepest step found inside it (0 when none). */
        private static int deepestInside(Object node, int level) {
            int deepest = 0;
            if (node instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    deepest = Math.max(deepest, "steps".equals(e.getKey()) && e.getValue() instanceof List<?> steps
                            ? deepestStep(steps, level + 1)
                            : deepestInside(e.getValue(), level + 1));
                }
            } else if (node instanceof List<?> list) {
                for (Object child : list) {
                    deepest = Math.max(deepest, deepestInside(child, level + 1));
                }
            }
            return deepest;
        }
    }
}
