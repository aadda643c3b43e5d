// Share-link decoding (share_link.h) and the raw-DEFLATE inflater under it (inflate.h).
// Vectors: tests/data/links/ (good, one per block type) and tests/data/bad-links/
// (refused, with their messages), written by tools/make_link_vectors.py.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "corpus.h"

#include "core/profile/inflate.h"
#include "core/profile/share_link.h"

using namespace skillscope;

namespace {

std::string GoodVector(const std::string& name) {
  std::string bytes;
  REQUIRE(testing::ReadBytes(testing::CorpusDir("links") + "/" + name, &bytes));
  return bytes;
}

// Bits written least significant first, Huffman codes most significant first (RFC 1951 3.1.1).
class BitWriter {
 public:
  BitWriter& Value(unsigned value, int count) {
    for (int i = 0; i < count; ++i) Push((value >> i) & 1u);
    return *this;
  }
  BitWriter& Huffman(unsigned code, int count) {
    for (int i = count - 1; i >= 0; --i) Push((code >> i) & 1u);
    return *this;
  }
  BitWriter& Byte(unsigned char byte) {
    bytes_.push_back(static_cast<char>(byte));
    used_ = 8;
    return *this;
  }
  const std::string& bytes() const { return bytes_; }

 private:
  void Push(unsigned bit) {
    if (used_ == 8) {
      bytes_.push_back('\0');
      used_ = 0;
    }
    bytes_.back() = static_cast<char>(static_cast<unsigned char>(bytes_.back()) | (bit << used_++));
  }
  std::string bytes_;
  int used_ = 8;
};

}  // namespace

TEST_CASE("share links: the vectors for each block type decode to their text") {
  for (const char* name : {"stored", "fixed-huffman", "dynamic-huffman"}) {
    CAPTURE(name);
    const ShareLinkText decoded = DecodeShareLink(GoodVector(std::string(name) + ".link"));
    CHECK(decoded.message == "");
    REQUIRE(decoded.ok);
    CHECK(decoded.text == GoodVector(std::string(name) + ".json"));
  }
}

TEST_CASE("share links: every refused link in the corpus gets its message") {
  testing::CheckCorpus("bad-links", [](const std::string& bytes, const std::string&) {
    const ShareLinkText decoded = DecodeShareLink(bytes);
    CHECK_FALSE(decoded.ok);
    CHECK(decoded.text.empty());
    return decoded.message;
  });
}

TEST_CASE("share links: the payload is what follows #p=") {
  CHECK(ShareLinkPayload("#p=abc") == std::string_view("abc"));
  CHECK(ShareLinkPayload("p=abc") == std::string_view("abc"));
  CHECK(ShareLinkPayload("#p=") == std::string_view(""));
  CHECK_FALSE(ShareLinkPayload(""));
  CHECK_FALSE(ShareLinkPayload("#q=abc"));
  CHECK_FALSE(ShareLinkPayload("#results"));
}

TEST_CASE("base64url: the alphabet, optional padding, and the position of a stray character") {
  std::string bytes;
  CHECK(DecodeBase64Url("aGVsbG8", &bytes) == "");
  CHECK(bytes == "hello");
  CHECK(DecodeBase64Url("aGVsbG8=", &bytes) == "");
  CHECK(bytes == "hello");
  CHECK(DecodeBase64Url("-_-_", &bytes) == "");
  CHECK(bytes == "\xFB\xFF\xBF");
  CHECK(DecodeBase64Url("+/+/", &bytes) ==
        "character 1 of the encoded profile is \"+\", which base64url does not use");
  CHECK(DecodeBase64Url("ab cd", &bytes) == "character 3 of the encoded profile is U+0020, which base64url does not use");
  CHECK(DecodeBase64Url("ab\xC3\xA9", &bytes) ==
        "character 3 of the encoded profile is a character outside ASCII, which base64url does not use");
  CHECK(DecodeBase64Url("abcde", &bytes) ==
        "the encoded profile ends in the middle of a byte (was the link cut off when it was copied?)");
}

TEST_CASE("inflate: stored blocks, across several blocks, and an empty final block") {
  const std::string two_blocks = std::string("\x00\x03\x00\xFC\xFF" "abc", 8) + std::string("\x01\x02\x00\xFD\xFF" "de", 7);
  InflateResult r = InflateRaw(two_blocks, 100);
  CHECK(r.status == InflateStatus::Ok);
  CHECK(r.output == "abcde");
  r = InflateRaw(std::string("\x01\x00\x00\xFF\xFF", 5), 100);
  CHECK(r.status == InflateStatus::Ok);
  CHECK(r.output.empty());
}

TEST_CASE("inflate: a copy may overlap what it writes") {
  // Fixed code: literal 'a' (0x61 -> 8-bit code 0x30 + 0x61), then length 10 at distance 1.
  BitWriter w;
  w.Value(1, 1).Value(1, 2).Huffman(0x30 + 'a', 8);
  w.Huffman(0b0001000, 7);  // 264: length 10
  w.Huffman(0, 5);          // distance code 0: distance 1
  w.Huffman(0, 7);          // 256: end of block
  const InflateResult r = InflateRaw(w.bytes(), 100);
  CHECK(r.problem == "");
  CHECK(r.status == InflateStatus::Ok);
  CHECK(r.output == std::string(11, 'a'));
}

TEST_CASE("inflate: the output limit stops a bomb, whatever block makes it") {
  // Fixed code: 'a', then copies of 258 at distance 1, far more than the limit.
  BitWriter w;
  w.Value(1, 1).Value(1, 2).Huffman(0x30 + 'a', 8);
  for (int i = 0; i < 100; ++i) w.Huffman(0b11000101, 8).Huffman(0, 5);  // 285: length 258
  w.Huffman(0, 7);
  InflateResult r = InflateRaw(w.bytes(), 1000);
  CHECK(r.status == InflateStatus::TooLarge);
  CHECK(r.output.size() <= 1000);
  CHECK(InflateRaw(w.bytes(), 1 + 100 * 258).status == InflateStatus::Ok);
  // A stored block longer than the limit.
  r = InflateRaw(std::string("\x01\x05\x00\xFA\xFF" "hello", 10), 4);
  CHECK(r.status == InflateStatus::TooLarge);
  CHECK(InflateRaw(std::string("\x01\x05\x00\xFA\xFF" "hello", 10), 5).status == InflateStatus::Ok);
}

TEST_CASE("inflate: truncated streams are told apart from invalid ones") {
  const std::string whole = std::string("\x01\x05\x00\xFA\xFF" "hello", 10);
  for (std::size_t cut = 0; cut < whole.size(); ++cut) {
    CAPTURE(cut);
    const InflateResult r = InflateRaw(whole.substr(0, cut), 100);
    CHECK(r.status == InflateStatus::Truncated);
    CHECK(r.problem == "the data ends after " + std::to_string(cut) + (cut == 1 ? " byte" : " bytes") +
                           ", before the end of the stream");
  }
  // A non-final block with nothing after it.
  CHECK(InflateRaw(std::string("\x00\x00\x00\xFF\xFF", 5), 100).status == InflateStatus::Truncated);
}

TEST_CASE("inflate: bad block types and bad Huffman tables") {
  InflateResult r = InflateRaw("\x07", 100);
  CHECK(r.status == InflateStatus::Invalid);
  CHECK(r.problem == "unknown block type 3 at byte 1");

  // Dynamic block with more than 286 literal/length codes (HLIT 30 -> 287).
  r = InflateRaw(BitWriter().Value(1, 1).Value(2, 2).Value(30, 5).Value(0, 5).Value(0, 4).bytes(), 100);
  CHECK(r.problem == "a code table with too many codes at byte 3");
  // Code-length code that is incomplete (one symbol of length 2).
  BitWriter incomplete;
  incomplete.Value(1, 1).Value(2, 2).Value(0, 5).Value(0, 5).Value(0, 4).Value(2, 3).Value(0, 3).Value(0, 3).Value(0, 3);
  r = InflateRaw(incomplete.bytes(), 100);
  CHECK(r.problem == "an invalid table of code lengths at byte 4");
  // A repeat (16) as the first code length.
  BitWriter repeat_first;
  repeat_first.Value(1, 1).Value(2, 2).Value(0, 5).Value(0, 5).Value(0, 4);
  repeat_first.Value(1, 3).Value(1, 3).Value(0, 3).Value(0, 3);  // 16 and 17: one bit each
  repeat_first.Huffman(0, 1);                                     // 16
  r = InflateRaw(repeat_first.bytes(), 100);
  CHECK(r.problem == "a repeat of the previous code length with none before it at byte 4");
  // Whole bytes after the last block.
  r = InflateRaw(std::string("\x01\x00\x00\xFF\xFF!!", 7), 100);
  CHECK(r.status == InflateStatus::Invalid);
  CHECK(r.problem == "2 bytes follow the end of the stream");
}
