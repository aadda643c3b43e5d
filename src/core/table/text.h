#pragma once
// Step 1 of turning a table into a framework: the bytes of a file (or of a paste) become
// UTF-8 text, without ever guessing silently into mojibake.
//
//   bytes --DecodeTableText--> TableText --ReadTable (table/reader.h)--> Table --> ...
//
// Detection, in order: a byte order mark (UTF-8, UTF-16 LE/BE: Excel's "Unicode text");
// UTF-16 without a mark when every other byte is zero; valid UTF-8; otherwise
// Windows-1252 (older Excel's CSV), which is a guess (`sure` is false) because no 8-bit
// encoding can be told from another for certain: the preview should say so and offer the
// encodings to pick from (pass the pick as `forced`). Binary files (a workbook, a PDF,
// zero bytes, control characters) and files over kMaxFrameworkBytes are refused with a
// message saying what to do instead.
#include <optional>
#include <string>
#include <string_view>

namespace skillscope {

enum class TextEncoding { kUtf8, kUtf16Le, kUtf16Be, kWindows1252 };
inline constexpr TextEncoding kAllTextEncodings[] = {TextEncoding::kUtf8, TextEncoding::kUtf16Le,
                                                     TextEncoding::kUtf16Be, TextEncoding::kWindows1252};

// "UTF-8", "UTF-16 LE", "UTF-16 BE", "Windows-1252": for the encoding picker.
const char* TextEncodingName(TextEncoding encoding);

struct TableText {
  std::string text;  // UTF-8 without a byte order mark; line ends as in the file
  TextEncoding encoding = TextEncoding::kUtf8;
  bool byte_order_mark = false;
  bool sure = true;    // false: a guess; show `why` and let the person pick the encoding
  std::string why;     // how the encoding was found (or that it was picked)
  std::string error;   // why the bytes were refused; `text` is then empty
  bool ok() const { return error.empty(); }
  // "UTF-16 LE with a byte order mark", "Windows-1252 (a guess)", "UTF-8".
  std::string EncodingLabel() const;
};

// `forced`: the encoding the person picked; the bytes are read as that or refused.
TableText DecodeTableText(std::string_view bytes, std::optional<TextEncoding> forced = std::nullopt);

}  // namespace skillscope
