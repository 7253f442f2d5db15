package org.quizkit.content.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.Reach;
import org.quizkit.content.dataset.Site;

class NamesTests {
  private static Cancer cancer(String id, String name, String... aliases) {
    return new Cancer(id, name, List.of(aliases), "s", Reach.UNSTATED, "");
  }

  @Nested
  class Options {
    @Test
    void dropsTheArticleAndCapitalises() {
      assertEquals(
          "Adrenal glands", Names.siteOption(new Site("a", "the adrenal glands", List.of())));
      assertEquals("Lung cancer", Names.cancerOption(cancer("lung", "lung cancer")));
      assertEquals("Bones", Names.siteOption(new Site("bone", "bones", List.of())));
    }

    @Test
    void putsTheInFrontOfASiteInASentenceOnce() {
      assertEquals("the adrenal glands", Names.the(new Site("a", "adrenal glands", List.of())));
      assertEquals("the liver", Names.the(new Site("liver", "the liver", List.of())));
    }

    @Test
    void foldsCaseArticlesAndPlurals() {
      assertEquals(Names.normal("The Bones"), Names.normal("bone"));
      assertEquals("adrenal gland", Names.normal("the adrenal glands"));
      assertEquals("pelvis", Names.normal("the pelvis"));
      assertEquals("artery", Names.normal("arteries"));
    }
  }

  @Nested
  class Grammar {
    @Test
    void tellsPluralCancerNamesApart() {
      assertTrue(Names.plural(cancer("brain", "brain tumours")));
      assertTrue(Names.plural(cancer("mouth", "cancers of the mouth and throat")));
      assertFalse(Names.plural(cancer("lung", "lung cancer")));
      assertFalse(Names.plural(cancer("myeloma", "multiple myeloma")));
    }

    @Test
    void joinsListsWithAndOrOr() {
      assertEquals("a", Names.and(List.of("a")));
      assertEquals("a and b", Names.and(List.of("a", "b")));
      assertEquals("a, b or c", Names.or(List.of("a", "b", "c")));
    }
  }

  @Nested
  class Organs {
    @Test
    void matchesACancerToItsOrganWhateverTheWording() {
      assertEquals(Names.organKey("lung cancer"), Names.organKey("the lungs"));
      assertEquals(Names.organKey("brain tumours"), Names.organKey("brain"));
      assertFalse(Names.organKey("colon and rectal cancer").equals(Names.organKey("the liver")));
    }

    @Test
    void seesSitesThatShareAWord() {
      Site bones = new Site("bones", "the bones", List.of("bone"));
      Site marrow = new Site("bone-marrow", "the bone marrow", List.of());
      Site liver = new Site("liver", "the liver", List.of());
      assertTrue(Names.overlap(bones, marrow));
      assertFalse(Names.overlap(bones, liver));
    }
  }
}
