package dev.gopherbot.dist.architecture;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The strongly connected groups of a package graph with more than one package: each is a cycle (Tarjan). */
final class PackageCycles {
    private final Map<String, Set<String>> graph;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final List<List<String>> cycles = new ArrayList<>();
    private int next;

    private PackageCycles(Map<String, Set<String>> graph) {
        this.graph = graph;
    }

    static List<List<String>> in(Map<String, Set<String>> graph) {
        PackageCycles c = new PackageCycles(graph);
        graph.keySet().forEach(p -> {
            if (!c.index.containsKey(p)) {
                c.visit(p);
            }
        });
        return c.cycles;
    }

    private void visit(String p) {
        index.put(p, next);
        low.put(p, next);
        next++;
        stack.push(p);
        for (String q : graph.getOrDefault(p, Set.of())) {
            if (!graph.containsKey(q)) {
                continue; // another module's package: a cycle across modules is impossible in Maven anyway
            }
            if (!index.containsKey(q)) {
                visit(q);
                low.put(p, Math.min(low.get(p), low.get(q)));
            } else if (stack.contains(q)) {
                low.put(p, Math.min(low.get(p), index.get(q)));
            }
        }
        if (low.get(p).equals(index.get(p))) {
            List<String> group = new ArrayList<>();
            String q;
            do {
                q = stack.pop();
                group.add(q);
            } while (!q.equals(p));
            if (group.size() > 1) {
                group.sort(null);
                cycles.add(group);
            }
        }
    }
}
