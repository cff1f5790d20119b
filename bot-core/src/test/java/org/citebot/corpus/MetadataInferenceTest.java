package org.citebot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataInferenceTest {

  @Test
  void dateLine_readsCommonPageDateFormats() {
    assertEquals(Optional.of(LocalDate.of(2023, 1, 3)),
        MetadataInference.dateLine("January 03, 2023"));
    assertEquals(Optional.of(LocalDate.of(2022, 12, 13)),
        MetadataInference.dateLine("13 December 2022 16:34"));
    assertEquals(Optional.of(LocalDate.of(2023, 5, 22)),
        MetadataInference.dateLine("Published 22 May 2023"));
    assertEquals(Optional.of(LocalDate.of(2022, 12, 3)),
        MetadataInference.dateLine("Sat, Dec. 3, 2022"));
    assertEquals(Optional.of(LocalDate.of(2023, 1, 3)),
        MetadataInference.dateLine("2023-01-03"));
  }

  @Test
  void dateLine_ignoresSentencesAndImpossibleDates() {
    assertEquals(Optional.empty(), MetadataInference.dateLine("On 23 April, Baku opened it."));
    assertEquals(Optional.empty(), MetadataInference.dateLine("31 February 2023"));
  }

  @Test
  void byline_readsNamesAndRejectsSentences() {
    assertEquals(Optional.of(List.of("Kirill Krivosheev")),
        MetadataInference.byline("By Kirill Krivosheev"));
    assertEquals(Optional.of(List.of("Ann Lee", "Bo Chan")),
        MetadataInference.byline("By Ann Lee and Bo Chan"));
    assertEquals(Optional.empty(),
        MetadataInference.byline("By taking matters into its own hands, Baku acted."));
  }

  @Test
  void outletSignals_readPublicationCopyrightAndAppeals() {
    assertEquals(Optional.of("Eurasia Daily Monitor"), MetadataInference.publicationLine(
        "Publication: Eurasia Daily Monitor Volume: 20 Issue: 11"));
    assertEquals(Optional.of("Caliber.az"), MetadataInference.copyrightHolder("Caliber.az © 2025. ."));
    assertEquals(Optional.of("Acme News"), MetadataInference.copyrightHolder("© 2024 Acme News"));
    assertEquals(Optional.of("The Moscow Times"),
        MetadataInference.appealOutlet("Support The Moscow Times!"));
    assertEquals(Optional.of("The Moscow Times"), MetadataInference.disclaimerOutlet(
        "The views expressed in opinion pieces do not necessarily reflect the position of The"
            + " Moscow Times."));
    assertEquals(true, MetadataInference.isOrganisationLine("International Crisis Group"));
    assertEquals(false, MetadataInference.isOrganisationLine("Armed Armenian gangs"));
  }

  @Test
  void headlineWithoutSubtitle_splitsSentenceCaseRunOnOnly() {
    assertEquals("White doves not seen in Karabakh skies despite two-year Russian peacekeeping",
        MetadataInference.headlineWithoutSubtitle("White doves not seen in Karabakh skies"
            + " despite two-year Russian peacekeeping Infertile mechanism for peace"));
    String titleCase = "Russian Peacekeepers Find Themselves Sidelined in Nagorno-Karabakh";
    assertEquals(titleCase, MetadataInference.headlineWithoutSubtitle(titleCase));
    String plain = "Talks between the neighbours stall again in Brussels";
    assertEquals(plain, MetadataInference.headlineWithoutSubtitle(plain));
  }

  @Test
  void urlLabel_readsUrlOnSameLineOrAnnouncesNextLine() {
    assertEquals(Optional.of("https://x.org/a"),
        MetadataInference.urlLabel("Original url: <https://x.org/a>"));
    assertEquals(Optional.of(""), MetadataInference.urlLabel("Original url:"));
    assertEquals(Optional.of("https://x.org/a"), MetadataInference.bareUrl("<https://x.org/a>"));
  }
}
