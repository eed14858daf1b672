package io.sdkgen.spec.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ParallelMapTest {

  @Test
  void keepsTheOrderOfTheItems() {
    List<Integer> items = IntStream.range(0, 5_000).boxed().toList();
    List<String> mapped = ParallelMap.map(items, i -> "item " + i);
    assertEquals(items.size(), mapped.size());
    for (int i = 0; i < items.size(); i++) {
      assertEquals("item " + i, mapped.get(i));
    }
  }

  @Test
  void mapsEmptyAndSingleLists() {
    assertEquals(List.of(), ParallelMap.map(List.<Integer>of(), i -> i + 1));
    assertEquals(List.of(2), ParallelMap.map(List.of(1), i -> i + 1));
  }

  @Test
  void keepsNullResults() {
    assertEquals(
        java.util.Arrays.asList(null, 1, null),
        ParallelMap.map(List.of(0, 1, 2), i -> i % 2 == 1 ? i : null));
  }

  @Test
  @Timeout(20)
  void handsItemsToTheCommonPoolAsWell() throws InterruptedException {
    // Every item waits until a second thread has started on one: a map that ran on the calling
    // thread alone would never get past the first item.
    CountDownLatch twoThreads = new CountDownLatch(2);
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    List<Boolean> met =
        ParallelMap.map(
            IntStream.range(0, 50).boxed().toList(),
            i -> {
              if (threads.add(Thread.currentThread())) {
                twoThreads.countDown();
              }
              try {
                return twoThreads.await(10, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    assertTrue(met.stream().allMatch(Boolean::booleanValue), "a second thread never took an item");
    assertTrue(threads.size() >= 2);
  }

  @Test
  void throwsTheFirstFailureAndStopsHandingOutItems() {
    AtomicInteger started = new AtomicInteger();
    IllegalArgumentException failure = new IllegalArgumentException("item 3 is bad");
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ParallelMap.map(
                    IntStream.range(0, 100_000).boxed().toList(),
                    i -> {
                      started.incrementAndGet();
                      if (i == 3) {
                        throw failure;
                      }
                      return i;
                    }));
    assertSame(failure, thrown);
    assertTrue(started.get() < 100_000, "items were still handed out after the failure");
  }

  @Test
  void passesErrorsOnUnwrapped() {
    StackOverflowError error = new StackOverflowError("deep page");
    assertSame(
        error,
        assertThrows(
            StackOverflowError.class,
            () ->
                ParallelMap.map(
                    List.of(1, 2),
                    i -> {
                      throw error;
                    })));
  }

  @Test
  @Timeout(20)
  void finishesOnTheCallingThreadWhenThePoolIsBusy() throws InterruptedException {
    // Fill every worker of the common pool with a task that waits for the map to end.
    int workers = ForkJoinPool.getCommonPoolParallelism();
    CountDownLatch allBusy = new CountDownLatch(workers);
    CountDownLatch release = new CountDownLatch(1);
    List<ForkJoinTask<?>> blockers = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      blockers.add(
          ForkJoinPool.commonPool()
              .submit(
                  () -> {
                    allBusy.countDown();
                    try {
                      release.await();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  }));
    }
    try {
      assertTrue(allBusy.await(10, TimeUnit.SECONDS), "the common pool never ran the blockers");
      Thread caller = Thread.currentThread();
      List<Boolean> onCaller =
          ParallelMap.map(
              IntStream.range(0, 20).boxed().toList(), i -> Thread.currentThread() == caller);
      assertEquals(20, onCaller.size());
      assertTrue(onCaller.stream().allMatch(Boolean::booleanValue));
    } finally {
      release.countDown();
      blockers.forEach(ForkJoinTask::join);
    }
  }
}
