package io.sdkgen.runtime.internal;

/**
 * Formats UTC instants as {@code yyyy-MM-dd'T'HH:mm:ss'Z'} without {@code DateTimeFormatter}; the
 * last formatted second is cached per thread.
 */
public final class Timestamps {
  private static final ThreadLocal<Cache> CACHE = ThreadLocal.withInitial(Cache::new);

  private Timestamps() {}

  private static final class Cache {
    long second = Long.MIN_VALUE;
    String text;
  }

  /** Returns the current time, formatted. */
  public static String now() {
    return format(System.currentTimeMillis() / 1000);
  }

  /** Returns {@code epochSecond} formatted as {@code yyyy-MM-dd'T'HH:mm:ss'Z'}. */
  public static String format(long epochSecond) {
    Cache cache = CACHE.get();
    if (cache.second != epochSecond) {
      cache.text = render(epochSecond);
      cache.second = epochSecond;
    }
    return cache.text;
  }

  private static String render(long epochSecond) {
    long days = Math.floorDiv(epochSecond, 86_400L);
    int secondOfDay = (int) Math.floorMod(epochSecond, 86_400L);
    // Civil-from-days (Howard Hinnant's algorithm), proleptic Gregorian.
    long z = days + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097;
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    int day = (int) (doy - (153 * mp + 2) / 5 + 1);
    int month = (int) (mp < 10 ? mp + 3 : mp - 9);
    long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    char[] out = new char[20];
    put4(out, 0, (int) year);
    out[4] = '-';
    put2(out, 5, month);
    out[7] = '-';
    put2(out, 8, day);
    out[10] = 'T';
    put2(out, 11, secondOfDay / 3600);
    out[13] = ':';
    put2(out, 14, (secondOfDay / 60) % 60);
    out[16] = ':';
    put2(out, 17, secondOfDay % 60);
    out[19] = 'Z';
    return new String(out);
  }

  private static void put4(char[] out, int at, int v) {
    out[at] = (char) ('0' + v / 1000 % 10);
    out[at + 1] = (char) ('0' + v / 100 % 10);
    out[at + 2] = (char) ('0' + v / 10 % 10);
    out[at + 3] = (char) ('0' + v % 10);
  }

  private static void put2(char[] out, int at, int v) {
    out[at] = (char) ('0' + v / 10);
    out[at + 1] = (char) ('0' + v % 10);
  }
}
