// The names the app gives snapshots are stored in English and shown in the person's language.
#include <doctest/doctest.h>

#include "core/text/messages.h"
#include "session/snapshot_names.h"

using namespace skillscope;

namespace {

struct InFrench {
  InFrench() {
    std::string error;
    auto french = Catalogue::Read(*FindLanguage("fr"), R"({
      "session.snapshot.before_import": "Avant l’import du {1}",
      "session.snapshot.agreed": "Convenu avec {0}, {1}",
      "date.short": "{0} {1} {2}", "date.month.3": "mars"})", &error);
    REQUIRE_MESSAGE(french, error);
    UseCatalogue(std::move(*french));
  }
  ~InFrench() { UseEnglish(); }
};

Snapshot Named(const std::string& name) { return {"s-1", name, "2026-03-05T10:00:00Z", {}}; }

}  // namespace

TEST_CASE("snapshot names the app gives are stored in English whatever the language") {
  InFrench french;
  CHECK(BeforeImportSnapshotName("2026-03-05T10:00:00Z") == "Before the import of 5 Mar 2026");
  CHECK(AgreedSnapshotName("Dana Lee", "2026-03-05T10:00:00Z") == "Agreed with Dana Lee, 5 Mar 2026");
  CHECK(UnnamedSnapshotName("2026-03-05T10:00:00Z") == "Snapshot 5 Mar 2026");
  CHECK(Tr(MSG("date.month.3")) == "mars");  // French again once the name is made
}

TEST_CASE("a snapshot is shown in the person's language when the app named it, as typed otherwise") {
  InFrench french;
  CHECK(ShownSnapshotName(Named("Before the import of 5 Mar 2026")) == "Avant l’import du 5 mars 2026");
  CHECK(ShownSnapshotName(Named("Agreed with Dana Lee, 5 Mar 2026")) == "Convenu avec Dana Lee, 5 mars 2026");
  // English for a message the catalogue lacks.
  CHECK(ShownSnapshotName(Named("Snapshot 5 Mar 2026")) == "Snapshot 5 mars 2026");
  // Typed by the person, or named for another day: kept as it is.
  CHECK(ShownSnapshotName(Named("Before the training")) == "Before the training");
  CHECK(ShownSnapshotName(Named("Before the import of 6 Mar 2026")) == "Before the import of 6 Mar 2026");
  CHECK(ShownSnapshotName(Named("Agreed with")) == "Agreed with");
}
