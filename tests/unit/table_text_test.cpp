// Bytes of a table file (or paste) to text: every encoding a spreadsheet writes arrives as
// the same UTF-8, a guess is said to be a guess, and what cannot be text is refused with
// a message saying what to do.
#include <doctest/doctest.h>

#include <string>

#include "core/framework/loader.h"
#include "core/table/text.h"

using namespace skillscope;

namespace {

// UTF-16 bytes of a string of code units, as Excel's "Unicode text" writes them.
std::string Utf16(const std::u16string& units, bool big_endian, bool byte_order_mark) {
  std::string out;
  auto put = [&](char16_t u) {
    const char high = static_cast<char>(u >> 8), low = static_cast<char>(u & 0xFF);
    out += big_endian ? high : low;
    out += big_endian ? low : high;
  };
  if (byte_order_mark) put(0xFEFF);
  for (char16_t u : units) put(u);
  return out;
}

const char* const kWhatToDo =
    " Choose a CSV, TSV or Markdown file, or copy the cells in the spreadsheet and paste them.";

}  // namespace

TEST_CASE("plain ASCII and UTF-8 are read as they are, and said to be sure") {
  const TableText ascii = DecodeTableText("Skill,Level 1\nNET,Configures VLANs\n");
  REQUIRE(ascii.ok());
  CHECK(ascii.text == "Skill,Level 1\nNET,Configures VLANs\n");
  CHECK(ascii.encoding == TextEncoding::kUtf8);
  CHECK(ascii.sure);
  CHECK(ascii.why == "the text is plain ASCII, which reads the same in every encoding");
  CHECK(ascii.EncodingLabel() == "UTF-8");

  const TableText utf8 = DecodeTableText("Skill;Niveau 1\nS\xC3\xA9" "curit\xC3\xA9;Co\xC3\xBBt en \xE2\x82\xAC\n");
  REQUIRE(utf8.ok());
  CHECK(utf8.text == "Skill;Niveau 1\nSécurité;Coût en €\n");
  CHECK(utf8.sure);
  CHECK(utf8.why == "the text is valid UTF-8");
}

TEST_CASE("a UTF-8 byte order mark is recognised and left out of the text") {
  const TableText t = DecodeTableText("\xEF\xBB\xBF" "Code,Name\nA,\xE2\x80\x9CQuoted\xE2\x80\x9D\n");
  REQUIRE(t.ok());
  CHECK(t.text == "Code,Name\nA,“Quoted”\n");
  CHECK(t.encoding == TextEncoding::kUtf8);
  CHECK(t.byte_order_mark);
  CHECK(t.why == "the text starts with a UTF-8 byte order mark");
  CHECK(t.EncodingLabel() == "UTF-8 with a byte order mark");
}

TEST_CASE("UTF-16 with a byte order mark (Excel's Unicode text), little- and big-endian") {
  const std::u16string units = u"Skill\tLevel 1\r\nBudgeting\tTracks \u20AC \u201Cspend\u201D \U0001F600\r\n";
  const std::string expected = "Skill\tLevel 1\r\nBudgeting\tTracks € “spend” \xF0\x9F\x98\x80\r\n";
  for (const bool big_endian : {false, true}) {
    CAPTURE(big_endian);
    const TableText t = DecodeTableText(Utf16(units, big_endian, true));
    REQUIRE(t.ok());
    CHECK(t.text == expected);
    CHECK(t.encoding == (big_endian ? TextEncoding::kUtf16Be : TextEncoding::kUtf16Le));
    CHECK(t.byte_order_mark);
    CHECK(t.sure);
    CHECK(t.EncodingLabel() == (big_endian ? "UTF-16 BE with a byte order mark" : "UTF-16 LE with a byte order mark"));
  }
}

TEST_CASE("UTF-16 without a byte order mark is recognised by its zero bytes") {
  const TableText le = DecodeTableText(Utf16(u"Code\tName\nA\tB\n", false, false));
  REQUIRE(le.ok());
  CHECK(le.text == "Code\tName\nA\tB\n");
  CHECK(le.encoding == TextEncoding::kUtf16Le);
  CHECK_FALSE(le.byte_order_mark);
  CHECK(le.why == "there is no byte order mark, but every other byte is zero, as in UTF-16 LE text");

  const TableText be = DecodeTableText(Utf16(u"Code\tName\nA\tB\n", true, false));
  REQUIRE(be.ok());
  CHECK(be.text == "Code\tName\nA\tB\n");
  CHECK(be.encoding == TextEncoding::kUtf16Be);
}

TEST_CASE("UTF-16 without a byte order mark in another script is a guess, said to be one") {
  // Only the tabs and line breaks have a zero byte.
  const TableText t = DecodeTableText(Utf16(u"\u6280\u80FD\t\u7B49\u7EA7\n\u7F51\u7EDC\u5B89\u5168\t\u914D\u7F6E\u9632\u706B\u5899\n",
                                            false, false));
  REQUIRE(t.ok());
  CHECK(t.text == "技能\t等级\n网络安全\t配置防火墙\n");
  CHECK(t.encoding == TextEncoding::kUtf16Le);
  CHECK_FALSE(t.sure);
  CHECK(t.why == "there is no byte order mark, but the zero bytes all fall where UTF-16 LE text has them; this is a "
                 "guess: if the text looks wrong, pick another encoding");
}

TEST_CASE("broken UTF-16 is refused, not patched") {
  CHECK(DecodeTableText(std::string("\xFF\xFE" "A\0B", 5)).error ==
        "the text starts with a UTF-16 LE byte order mark, but the text has an odd number of bytes, "
        "which UTF-16 never has");
  // A high surrogate followed by a letter: half a character.
  CHECK(DecodeTableText(Utf16(u"A\n\xD83D" "B", false, true)).error ==
        "the text starts with a UTF-16 LE byte order mark, but line 2 holds half of a UTF-16 character "
        "(a lone surrogate)");
}

TEST_CASE("Windows-1252 from older Excel: 0x80-0x9F are the typographer's characters, and it is a guess") {
  // € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ, then Latin-1 letters.
  const std::string bytes =
      "Name;Text\r\nSign;\x80\x82\x83\x84\x85\x86\x87\x88\x89\x8A\x8B\x8C\x8E\x91\x92\x93\x94\x95\x96\x97\x98\x99"
      "\x9A\x9B\x9C\x9E\x9F\r\nCaf\xE9;\x93" "Quoted\x94 \x91it\x92s\x92 \x96 \xA0\xFF\r\n";
  const TableText t = DecodeTableText(bytes);
  REQUIRE(t.ok());
  CHECK(t.text == "Name;Text\r\nSign;€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\r\nCafé;“Quoted” ‘it’s’ – \u00A0ÿ\r\n");
  CHECK(t.encoding == TextEncoding::kWindows1252);
  CHECK_FALSE(t.sure);
  CHECK(t.EncodingLabel() == "Windows-1252 (a guess)");
  CHECK(t.why ==
        "the text is not UTF-8 (byte 0x80 at line 2 is not UTF-8), so it is read as Windows-1252, the usual "
        "encoding of CSV files from older Excel. Other 8-bit encodings cannot be told apart from it for certain: "
        "if letters look wrong, pick another encoding");
}

TEST_CASE("bytes that are neither UTF-8 nor Windows-1252 are refused with what to do") {
  CHECK(DecodeTableText("Name\nCaf\xE9\n\x81\n").error ==
        "the encoding of the text is not recognised: it is not UTF-8 (byte 0xE9 at line 2 is not UTF-8) nor "
        "Windows-1252 (byte 0x81 at line 3 is not a character in Windows-1252). Save the table as UTF-8 (in Excel: "
        "“CSV UTF-8”) and try again");
}

TEST_CASE("an encoding the person picks is used as it is, or the text is refused") {
  const std::string latin1 = "Name\nCaf\xE9\n";
  const TableText picked = DecodeTableText(latin1, TextEncoding::kWindows1252);
  REQUIRE(picked.ok());
  CHECK(picked.text == "Name\nCafé\n");
  CHECK(picked.sure);
  CHECK(picked.why == "the encoding you picked");

  CHECK(DecodeTableText(latin1, TextEncoding::kUtf8).error ==
        "the text cannot be read as UTF-8: byte 0xE9 at line 2 is not UTF-8");

  // Picking the encoding a byte order mark names leaves the mark out, as detection does.
  const TableText utf16 = DecodeTableText(Utf16(u"A\tB", false, true), TextEncoding::kUtf16Le);
  REQUIRE(utf16.ok());
  CHECK(utf16.text == "A\tB");
  CHECK(utf16.byte_order_mark);
}

TEST_CASE("workbooks, PDFs and other binary files are refused with what to do instead") {
  CHECK(DecodeTableText(std::string("PK\x03\x04\x14\0\x06\0", 8)).error ==
        "this is a zip file (an Excel .xlsx or OpenDocument .ods workbook, for example), not a table as text: "
        "save the sheet as CSV, or copy the cells and paste them");
  CHECK(DecodeTableText(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10)).error ==
        "this is an old Office file (an Excel .xls workbook, for example), not a table as text: "
        "save the sheet as CSV, or copy the cells and paste them");
  CHECK(DecodeTableText("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n").error ==
        "this is a PDF document, not a table as text: copy the table out of it and paste it");
  CHECK(DecodeTableText(std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0", 20)).error ==
        std::string("this is not a table as text: it contains zero bytes (the first at line 3), as binary files do.") +
            kWhatToDo);
  CHECK(DecodeTableText("Code,Name\nA,B\x07\n").error ==
        std::string("this is not a table as text: it contains the control character 0x07 at line 2, as binary "
                    "files do.") + kWhatToDo);
}

TEST_CASE("an old DOS end-of-file mark is dropped, not taken for binary") {
  const TableText t = DecodeTableText("Code,Name\r\nA,B\r\n\x1A");
  REQUIRE(t.ok());
  CHECK(t.text == "Code,Name\r\nA,B\r\n");
}

TEST_CASE("tables over the framework file limit are refused, measured as the text they make") {
  CHECK(DecodeTableText(std::string(6u * 1024u * 1024u, 'a')).error ==
        "the table is 6.0 MB; a table may be at most 5.0 MB (the limit for framework files)");
  CHECK(DecodeTableText(std::string(2 * kMaxFrameworkBytes + 1, 'a')).error ==
        "the table is 10.0 MB; a table may be at most 5.0 MB (the limit for framework files)");
  // 4 MB of "é" in Windows-1252 is 8 MB once each letter takes two bytes of UTF-8.
  CHECK(DecodeTableText(std::string(4u * 1024u * 1024u, '\xE9')).error ==
        "the table is 8.0 MB as UTF-8 text; a table may be at most 5.0 MB (the limit for framework files)");
  // Just within the limit is fine.
  CHECK(DecodeTableText(std::string(kMaxFrameworkBytes, 'a')).ok());
}

TEST_CASE("an empty table is refused") {
  CHECK(DecodeTableText("").error == "the table is empty");
  CHECK(DecodeTableText(" \r\n\t\n").error == "the table is empty");
  CHECK(DecodeTableText("\xEF\xBB\xBF").error == "the table is empty");
}
