package org.citebot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageTest {

  private final List<Integer> items = IntStream.rangeClosed(1, 23).boxed().toList();

  @Test
  void of_middlePage_holdsItsSliceAndKnowsTheCount() {
    Page<Integer> page = Page.of(items, 2, 10);

    assertEquals(IntStream.rangeClosed(11, 20).boxed().toList(), page.items());
    assertEquals(2, page.number());
    assertEquals(3, page.count());
    assertTrue(page.hasNext());
  }

  @Test
  void of_pagePastTheEnd_showsTheLast() {
    Page<Integer> page = Page.of(items, 9, 10);

    assertEquals(List.of(21, 22, 23), page.items());
    assertEquals(3, page.number());
    assertFalse(page.hasNext());
  }

  @Test
  void of_pageBeforeTheFirst_showsTheFirst() {
    assertEquals(1, Page.of(items, 0, 10).number());
  }

  @Test
  void of_emptyList_isOneEmptyPage() {
    Page<Integer> page = Page.of(List.of(), 1, 10);

    assertTrue(page.items().isEmpty());
    assertEquals(1, page.count());
  }

  @Test
  void of_zeroPerPage_isRejectedWithTheValue() {
    assertEquals("illegal perPage: 0, must be at least 1",
        assertThrows(IllegalArgumentException.class, () -> Page.of(items, 1, 0)).getMessage());
  }
}
