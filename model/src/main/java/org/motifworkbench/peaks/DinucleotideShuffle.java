package org.motifworkbench.peaks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Shuffles a sequence keeping its dinucleotide counts exactly, by the Altschul-Erickson algorithm
 * that MEME's {@code fasta-shuffle-letters -kmer 2} and uShuffle use: a random Eulerian walk
 * through the graph whose vertices are letters and whose edges are the sequence's dinucleotides.
 * Each letter's last exit is drawn first so that those exits form a tree leading to the last letter
 * (which guarantees the walk uses every edge); the other exits are shuffled. The first and last
 * letters stay in place, as every Eulerian walk of the graph keeps them.
 */
final class DinucleotideShuffle {

  private DinucleotideShuffle() {}

  static String shuffle(String sequence, SplittableRandom random) {
    int n = sequence.length();
    if (n < 3) {
      return sequence;
    }
    Map<Character, Integer> vertex = new HashMap<>();
    List<Character> letters = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      char c = sequence.charAt(i);
      if (!vertex.containsKey(c)) {
        vertex.put(c, letters.size());
        letters.add(c);
      }
    }
    int v = letters.size();
    List<List<Integer>> exits = new ArrayList<>();
    for (int i = 0; i < v; i++) {
      exits.add(new ArrayList<>());
    }
    int[] code = new int[n];
    for (int i = 0; i < n; i++) {
      code[i] = vertex.get(sequence.charAt(i));
    }
    for (int i = 0; i + 1 < n; i++) {
      exits.get(code[i]).add(code[i + 1]);
    }
    int last = code[n - 1];
    int[] lastExit = chooseLastExits(exits, last, random);
    int[][] order = new int[v][];
    for (int u = 0; u < v; u++) {
      List<Integer> out = exits.get(u);
      int[] edges = new int[out.size()];
      int k = 0;
      for (int j = 0; j < out.size(); j++) {
        if (j != lastExit[u]) {
          edges[k++] = out.get(j);
        }
      }
      for (int j = k - 1; j > 0; j--) {
        int r = random.nextInt(j + 1);
        int t = edges[j];
        edges[j] = edges[r];
        edges[r] = t;
      }
      if (lastExit[u] >= 0) {
        edges[k] = out.get(lastExit[u]);
      }
      order[u] = edges;
    }
    StringBuilder walk = new StringBuilder(n).append(sequence.charAt(0));
    int[] used = new int[v];
    for (int u = code[0], i = 1; i < n; i++) {
      u = order[u][used[u]++];
      walk.append(letters.get(u));
    }
    return walk.toString();
  }

  /**
   * For each letter but the last, the index of its last exit, drawn at random until the exits lead
   * every letter to the last one without a cycle (-1 for the last letter and for letters without
   * exits).
   */
  private static int[] chooseLastExits(List<List<Integer>> exits, int last, SplittableRandom r) {
    int v = exits.size();
    int[] lastExit = new int[v];
    while (true) {
      for (int u = 0; u < v; u++) {
        int size = exits.get(u).size();
        lastExit[u] = u == last || size == 0 ? -1 : r.nextInt(size);
      }
      if (leadsToLast(exits, lastExit, last)) {
        return lastExit;
      }
    }
  }

  private static boolean leadsToLast(List<List<Integer>> exits, int[] lastExit, int last) {
    int v = exits.size();
    for (int u = 0; u < v; u++) {
      int at = u;
      for (int steps = 0; at != last; steps++) {
        if (steps > v || lastExit[at] < 0) {
          return false;
        }
        at = exits.get(at).get(lastExit[at]);
      }
    }
    return true;
  }
}
