#pragma once
// Raw DEFLATE decompression (RFC 1951: stored, fixed-Huffman and dynamic-Huffman
// blocks; no zlib or gzip wrapper), as browsers' CompressionStream("deflate-raw")
// writes it. Written for untrusted input: it never reads or writes out of bounds,
// stops as soon as the output would pass a limit, and says where the data is bad.
#include <cstddef>
#include <string>
#include <string_view>

namespace skillscope {

enum class InflateStatus {
  Ok,         // the whole stream decompressed; nothing follows it
  TooLarge,   // the output would pass max_output: stopped there
  Truncated,  // the data ends before the stream does
  Invalid,    // not a DEFLATE stream (see problem)
};

struct InflateResult {
  InflateStatus status = InflateStatus::Invalid;
  std::string output;   // complete when Ok; what was decompressed before stopping otherwise
  std::string problem;  // Truncated/Invalid: what is wrong and where, e.g. "unknown block type 3 at byte 1"
};

InflateResult InflateRaw(std::string_view compressed, std::size_t max_output);

}  // namespace skillscope
