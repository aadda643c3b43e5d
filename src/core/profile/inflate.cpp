// Raw DEFLATE, written from RFC 1951. Section references are to that RFC.
//
// Sections
//   [SECTION] Reading bits (3.1.1: least significant bit first)
//   [SECTION] Canonical Huffman codes (3.2.2)
//   [SECTION] Compressed blocks: fixed (3.2.6) and dynamic (3.2.7) codes
//   [SECTION] The stream: block headers and stored blocks (3.2.3, 3.2.4)
#include "core/profile/inflate.h"

#include <array>
#include <cstdint>
#include <vector>

#include "core/text/messages.h"

namespace skillscope {
namespace {

constexpr int kMaxCodeBits = 15;

constexpr int kLiteralLengthCodes = 288;  // 286 used; 286 and 287 take part in the fixed code only
constexpr int kDistanceCodes = 30;

// ---------------------------------------------------------------------------
// [SECTION] Reading bits (3.1.1: least significant bit first)
// ---------------------------------------------------------------------------
class BitReader {
 public:
  explicit BitReader(std::string_view data) : data_(data) {}

  // The next `count` (at most 16) bits as a number, first bit lowest; false when the
  // data has run out.
  bool Bits(int count, std::uint32_t* value) {
    while (held_ < count) {
      if (next_ >= data_.size()) return false;
      buffer_ |= static_cast<std::uint32_t>(static_cast<unsigned char>(data_[next_++])) << held_;
      held_ += 8;
    }
    *value = buffer_ & ((1u << count) - 1u);
    buffer_ >>= count;
    held_ -= count;
    return true;
  }
  // Drops the rest of the current byte. Bytes are loaded only as bits are needed, so
  // fewer than 8 bits are ever held between reads: they are that rest.
  void SkipToByte() {
    buffer_ = 0;
    held_ = 0;
  }
  // `count` whole bytes (after SkipToByte); false when fewer are left.
  bool Bytes(std::size_t count, std::string_view* bytes) {
    if (count > data_.size() - next_) return false;
    *bytes = data_.substr(next_, count);
    next_ += count;
    return true;
  }
  // Bytes read so far: "at byte N" in messages is the byte that held the last bit read.
  std::size_t Position() const { return next_; }
  std::size_t Size() const { return data_.size(); }
  std::size_t BytesLeft() const { return data_.size() - next_; }

 private:
  std::string_view data_;
  std::size_t next_ = 0;
  std::uint32_t buffer_ = 0;
  int held_ = 0;
};

// ---------------------------------------------------------------------------
// [SECTION] Canonical Huffman codes (3.2.2)
// ---------------------------------------------------------------------------
// A code given by its lengths: how many codes there are of each length, and the
// symbols in code order (by length, then by symbol value).
struct HuffmanCode {
  std::array<int, kMaxCodeBits + 1> count_of_length{};
  std::vector<int> symbols;
};

enum class CodeShape { Complete, OnlyOneCode, Invalid };

// Builds the code of `lengths` (0: the symbol is not used). A complete code uses every
// bit pattern; an over-subscribed one cannot be decoded. An incomplete code is a damaged
// table, except the one-symbol code of length 1 that 3.2.7 allows for distances.
CodeShape BuildCode(const int* lengths, int n, HuffmanCode* code) {
  code->count_of_length.fill(0);
  for (int i = 0; i < n; ++i) ++code->count_of_length[lengths[i]];
  if (code->count_of_length[0] == n) {
    code->symbols.clear();
    return CodeShape::OnlyOneCode;  // no symbols at all: any code read is then an error
  }
  int unused = 1;
  for (int len = 1; len <= kMaxCodeBits; ++len) {
    unused = unused * 2 - code->count_of_length[len];
    if (unused < 0) return CodeShape::Invalid;
  }
  std::array<int, kMaxCodeBits + 2> first_index{};
  for (int len = 1; len <= kMaxCodeBits; ++len) first_index[len + 1] = first_index[len] + code->count_of_length[len];
  code->symbols.assign(static_cast<std::size_t>(n - code->count_of_length[0]), 0);
  for (int symbol = 0; symbol < n; ++symbol)
    if (lengths[symbol] != 0) code->symbols[static_cast<std::size_t>(first_index[lengths[symbol]]++)] = symbol;
  if (unused == 0) return CodeShape::Complete;
  const bool single_bit = code->symbols.size() == 1 && code->count_of_length[1] == 1;
  return single_bit ? CodeShape::OnlyOneCode : CodeShape::Invalid;
}

constexpr int kOutOfData = -1;
constexpr int kNotACode = -2;

// The next symbol. Huffman codes are packed most significant bit first (3.1.1), so the
// code is built a bit at a time and compared with the first code of each length.
int DecodeSymbol(BitReader& in, const HuffmanCode& code) {
  int value = 0, first = 0, index = 0;
  for (int len = 1; len <= kMaxCodeBits; ++len) {
    std::uint32_t bit = 0;
    if (!in.Bits(1, &bit)) return kOutOfData;
    value |= static_cast<int>(bit);
    const int count = code.count_of_length[len];
    if (value - first < count) return code.symbols[static_cast<std::size_t>(index + value - first)];
    index += count;
    first = (first + count) * 2;
    value *= 2;
  }
  return kNotACode;
}

// ---------------------------------------------------------------------------
// [SECTION] Compressed blocks: fixed (3.2.6) and dynamic (3.2.7) codes
// ---------------------------------------------------------------------------
// Lengths 3..258 and distances 1..32768: base values and extra bits (3.2.5).
constexpr std::array<int, 29> kLengthBase = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                             31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr std::array<int, 29> kLengthExtraBits = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                                  2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
constexpr std::array<int, kDistanceCodes> kDistanceBase = {
    1,   2,   3,   4,   5,   7,    9,    13,   17,   25,   33,   49,   65,    97,    129,
    193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
constexpr std::array<int, kDistanceCodes> kDistanceExtraBits = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                                                6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

class Inflater {
 public:
  Inflater(std::string_view data, std::size_t max_output) : in_(data), max_output_(max_output) {}
  InflateResult Run();

 private:
  InflateStatus Stored();
  InflateStatus Fixed();
  InflateStatus Dynamic();
  InflateStatus Codes(const HuffmanCode& literal_length, const HuffmanCode& distance);
  // `what` went wrong at the current byte: "a code not in the table at byte 17". Byte
  // positions are written as offsets are, not grouped like amounts.
  InflateStatus Bad(const std::string& what) {
    problem_ = Tr(MSG("profile.inflate.at_byte"), what, std::to_string(in_.Position()));
    return InflateStatus::Invalid;
  }
  InflateStatus Short() {
    problem_ = TrN(MSG("profile.inflate.ends_early"), static_cast<long long>(in_.Size()));
    return InflateStatus::Truncated;
  }
  InflateStatus SymbolProblem(int result) {
    return result == kOutOfData ? Short() : Bad(Tr(MSG("profile.inflate.code_not_in_table")));
  }

  BitReader in_;
  std::size_t max_output_;
  std::string out_;
  std::string problem_;
};

InflateStatus Inflater::Codes(const HuffmanCode& literal_length, const HuffmanCode& distance) {
  for (;;) {
    const int symbol = DecodeSymbol(in_, literal_length);
    if (symbol < 0) return SymbolProblem(symbol);
    if (symbol < 256) {
      if (out_.size() >= max_output_) return InflateStatus::TooLarge;
      out_.push_back(static_cast<char>(symbol));
      continue;
    }
    if (symbol == 256) return InflateStatus::Ok;  // end of block
    const int length_code = symbol - 257;
    if (length_code >= static_cast<int>(kLengthBase.size())) return Bad(Tr(MSG("profile.inflate.length_code"), symbol));
    std::uint32_t extra = 0;
    if (!in_.Bits(kLengthExtraBits[static_cast<std::size_t>(length_code)], &extra)) return Short();
    const std::size_t length = static_cast<std::size_t>(kLengthBase[static_cast<std::size_t>(length_code)]) + extra;
    const int distance_code = DecodeSymbol(in_, distance);
    if (distance_code < 0) return SymbolProblem(distance_code);
    if (distance_code >= kDistanceCodes) return Bad(Tr(MSG("profile.inflate.distance_code"), distance_code));
    if (!in_.Bits(kDistanceExtraBits[static_cast<std::size_t>(distance_code)], &extra)) return Short();
    const std::size_t back = static_cast<std::size_t>(kDistanceBase[static_cast<std::size_t>(distance_code)]) + extra;
    if (back > out_.size()) return Bad(Tr(MSG("profile.inflate.copy_before_start")));
    if (length > max_output_ - out_.size()) return InflateStatus::TooLarge;
    // Byte by byte: a copy may overlap what it writes (distance 1 repeats one byte).
    for (std::size_t i = 0; i < length; ++i) out_.push_back(out_[out_.size() - back]);
  }
}

InflateStatus Inflater::Fixed() {
  static const auto codes = [] {
    std::array<int, kLiteralLengthCodes> lengths{};
    for (int i = 0; i < kLiteralLengthCodes; ++i) lengths[static_cast<std::size_t>(i)] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
    std::array<int, kDistanceCodes + 2> distance_lengths{};
    distance_lengths.fill(5);  // 30 and 31 have codes, and are invalid when read
    std::pair<HuffmanCode, HuffmanCode> built;
    BuildCode(lengths.data(), kLiteralLengthCodes, &built.first);
    BuildCode(distance_lengths.data(), kDistanceCodes + 2, &built.second);
    return built;
  }();
  return Codes(codes.first, codes.second);
}

InflateStatus Inflater::Dynamic() {
  std::uint32_t literal_count = 0, distance_count = 0, length_code_count = 0;
  if (!in_.Bits(5, &literal_count) || !in_.Bits(5, &distance_count) || !in_.Bits(4, &length_code_count)) return Short();
  literal_count += 257;
  distance_count += 1;
  length_code_count += 4;
  if (literal_count > 286 || distance_count > kDistanceCodes) return Bad(Tr(MSG("profile.inflate.too_many_codes")));

  // The code lengths are themselves Huffman-coded, with their lengths in this order.
  static constexpr std::array<int, 19> kOrder = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
  std::array<int, 19> length_code_lengths{};
  for (std::uint32_t i = 0; i < length_code_count; ++i) {
    std::uint32_t len = 0;
    if (!in_.Bits(3, &len)) return Short();
    length_code_lengths[static_cast<std::size_t>(kOrder[i])] = static_cast<int>(len);
  }
  HuffmanCode length_code;
  if (BuildCode(length_code_lengths.data(), 19, &length_code) != CodeShape::Complete)
    return Bad(Tr(MSG("profile.inflate.bad_code_length_table")));

  std::array<int, 286 + kDistanceCodes> lengths{};
  const std::size_t total = literal_count + distance_count;
  for (std::size_t i = 0; i < total;) {
    const int symbol = DecodeSymbol(in_, length_code);
    if (symbol < 0) return SymbolProblem(symbol);
    if (symbol < 16) {
      lengths[i++] = symbol;
      continue;
    }
    int repeated = 0;
    std::uint32_t times = 0;
    if (symbol == 16) {
      if (i == 0) return Bad(Tr(MSG("profile.inflate.repeat_without_previous")));
      repeated = lengths[i - 1];
      if (!in_.Bits(2, &times)) return Short();
      times += 3;
    } else if (symbol == 17) {
      if (!in_.Bits(3, &times)) return Short();
      times += 3;
    } else {
      if (!in_.Bits(7, &times)) return Short();
      times += 11;
    }
    if (times > total - i) return Bad(Tr(MSG("profile.inflate.lengths_past_table")));
    for (std::uint32_t k = 0; k < times; ++k) lengths[i++] = repeated;
  }
  if (lengths[256] == 0) return Bad(Tr(MSG("profile.inflate.no_end_of_block")));
  HuffmanCode literal_length, distance;
  if (BuildCode(lengths.data(), static_cast<int>(literal_count), &literal_length) == CodeShape::Invalid)
    return Bad(Tr(MSG("profile.inflate.bad_literal_length_table")));
  if (BuildCode(lengths.data() + literal_count, static_cast<int>(distance_count), &distance) == CodeShape::Invalid)
    return Bad(Tr(MSG("profile.inflate.bad_distance_table")));
  return Codes(literal_length, distance);
}

// ---------------------------------------------------------------------------
// [SECTION] The stream: block headers and stored blocks (3.2.3, 3.2.4)
// ---------------------------------------------------------------------------
InflateStatus Inflater::Stored() {
  in_.SkipToByte();
  std::string_view header, bytes;
  if (!in_.Bytes(4, &header)) return Short();
  auto byte = [&header](std::size_t i) { return static_cast<unsigned>(static_cast<unsigned char>(header[i])); };
  const unsigned length = byte(0) | (byte(1) << 8);
  const unsigned check = byte(2) | (byte(3) << 8);
  if (length != (~check & 0xFFFFu)) return Bad(Tr(MSG("profile.inflate.stored_length_check")));
  if (length > max_output_ - out_.size()) return InflateStatus::TooLarge;
  if (!in_.Bytes(length, &bytes)) return Short();
  out_.append(bytes.data(), bytes.size());
  return InflateStatus::Ok;
}

InflateResult Inflater::Run() {
  InflateResult result;
  bool last = false;
  InflateStatus status = InflateStatus::Ok;
  while (!last && status == InflateStatus::Ok) {
    std::uint32_t header = 0;
    if (!in_.Bits(3, &header)) {
      status = Short();
      break;
    }
    last = (header & 1u) != 0;
    switch (header >> 1) {
      case 0: status = Stored(); break;
      case 1: status = Fixed(); break;
      case 2: status = Dynamic(); break;
      default: status = Bad(Tr(MSG("profile.inflate.block_type_3"))); break;  // two bits: 3 is the only other value
    }
  }
  // Whole bytes after the last block are not part of the stream (a link with something
  // appended, or two streams run together).
  if (status == InflateStatus::Ok && in_.BytesLeft() > 0) {
    problem_ = TrN(MSG("profile.inflate.trailing_bytes"), static_cast<long long>(in_.BytesLeft()));
    status = InflateStatus::Invalid;
  }
  result.status = status;
  result.output = std::move(out_);
  result.problem = std::move(problem_);
  return result;
}

}  // namespace

InflateResult InflateRaw(std::string_view compressed, std::size_t max_output) {
  return Inflater(compressed, max_output).Run();
}

}  // namespace skillscope
