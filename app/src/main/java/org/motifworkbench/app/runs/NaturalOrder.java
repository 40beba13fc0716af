package org.motifworkbench.app.runs;

import java.util.Comparator;

/** Text order with numbers compared as numbers, so "Run 9" comes before "Run 10". */
enum NaturalOrder implements Comparator<String> {
  INSTANCE;

  @Override
  public int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (Character.isDigit(x) && Character.isDigit(y)) {
        int endA = digitsEnd(a, i);
        int endB = digitsEnd(b, j);
        String numberA = stripZeros(a.substring(i, endA));
        String numberB = stripZeros(b.substring(j, endB));
        int byLength = Integer.compare(numberA.length(), numberB.length());
        if (byLength != 0) {
          return byLength;
        }
        int byDigits = numberA.compareTo(numberB);
        if (byDigits != 0) {
          return byDigits;
        }
        i = endA;
        j = endB;
      } else {
        int byChar = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
        if (byChar != 0) {
          return byChar;
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int digitsEnd(String s, int from) {
    int end = from;
    while (end < s.length() && Character.isDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }

  private static String stripZeros(String digits) {
    int k = 0;
    while (k < digits.length() - 1 && digits.charAt(k) == '0') {
      k++;
    }
    return digits.substring(k);
  }
}
