#include "core/text/catalogue_file.h"

#include "core/text/messages.h"

namespace skillscope {

namespace {

class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text) {}

  bool Fail(MessageKey why) {
    if (error_.empty()) error_ = Tr(why, static_cast<unsigned long long>(at_));
    return false;
  }
  const std::string& error() const { return error_; }

  void SkipSpace() {
    while (at_ < text_.size() && (text_[at_] == ' ' || text_[at_] == '\n' || text_[at_] == '\r' || text_[at_] == '\t'))
      ++at_;
  }
  bool Take(char c) {
    SkipSpace();
    if (at_ < text_.size() && text_[at_] == c) {
      ++at_;
      return true;
    }
    return false;
  }
  bool AtEnd() {
    SkipSpace();
    return at_ == text_.size();
  }
  bool Peek(char c) {
    SkipSpace();
    return at_ < text_.size() && text_[at_] == c;
  }

  // A JSON string, its escapes undone (\uXXXX as UTF-8, surrogate pairs joined).
  bool String(std::string* out) {
    if (!Take('"')) return Fail(MSG("catalogue.not_messages"));
    out->clear();
    while (at_ < text_.size()) {
      const char c = text_[at_++];
      if (c == '"') return true;
      if (static_cast<unsigned char>(c) < 0x20) return Fail(MSG("catalogue.not_json"));
      if (c != '\\') {
        *out += c;
        continue;
      }
      if (at_ >= text_.size()) break;
      const char e = text_[at_++];
      switch (e) {
        case '"': case '\\': case '/': *out += e; break;
        case 'b': *out += '\b'; break;
        case 'f': *out += '\f'; break;
        case 'n': *out += '\n'; break;
        case 'r': *out += '\r'; break;
        case 't': *out += '\t'; break;
        case 'u': {
          unsigned code = 0;
          if (!Hex4(&code)) return Fail(MSG("catalogue.not_json"));
          if (code >= 0xD800 && code < 0xDC00) {
            unsigned low = 0;
            if (at_ + 1 >= text_.size() || text_[at_] != '\\' || text_[at_ + 1] != 'u') return Fail(MSG("catalogue.not_json"));
            at_ += 2;
            if (!Hex4(&low) || low < 0xDC00 || low >= 0xE000) return Fail(MSG("catalogue.not_json"));
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
          } else if (code >= 0xDC00 && code < 0xE000) {
            return Fail(MSG("catalogue.not_json"));
          }
          AppendUtf8(code, out);
          break;
        }
        default: return Fail(MSG("catalogue.not_json"));
      }
    }
    return Fail(MSG("catalogue.not_json"));
  }

 private:
  bool Hex4(unsigned* code) {
    if (at_ + 4 > text_.size()) return false;
    for (int i = 0; i < 4; ++i) {
      const char h = text_[at_++];
      const int digit = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
      if (digit < 0) return false;
      *code = *code * 16 + static_cast<unsigned>(digit);
    }
    return true;
  }
  static void AppendUtf8(unsigned code, std::string* out) {
    if (code < 0x80) {
      *out += static_cast<char>(code);
    } else if (code < 0x800) {
      *out += static_cast<char>(0xC0 | (code >> 6));
      *out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
      *out += static_cast<char>(0xE0 | (code >> 12));
      *out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      *out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      *out += static_cast<char>(0xF0 | (code >> 18));
      *out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
      *out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      *out += static_cast<char>(0x80 | (code & 0x3F));
    }
  }

  std::string_view text_;
  std::size_t at_ = 0;
  std::string error_;
};

bool ReadForms(Reader& r, CatalogueEntry* entry) {
  entry->counted = true;
  if (r.Take('}')) return true;
  do {
    std::pair<std::string, std::string> form;
    if (!r.String(&form.first)) return false;
    if (!r.Take(':')) return r.Fail(MSG("catalogue.not_json"));
    if (!r.String(&form.second)) return false;
    entry->forms.push_back(std::move(form));
  } while (r.Take(','));
  return r.Take('}') || r.Fail(MSG("catalogue.not_json"));
}

}  // namespace

bool ReadCatalogueFile(std::string_view text, std::vector<CatalogueEntry>* entries, std::string* error) {
  Reader r(text);
  entries->clear();
  const bool read = [&] {
    if (!r.Take('{')) return r.Fail(MSG("catalogue.not_messages"));
    if (r.Take('}')) return r.AtEnd() || r.Fail(MSG("catalogue.not_json"));
    do {
      CatalogueEntry entry;
      if (!r.String(&entry.key)) return false;
      if (!r.Take(':')) return r.Fail(MSG("catalogue.not_json"));
      if (r.Take('{')) {
        if (!ReadForms(r, &entry)) return false;
      } else if (r.Peek('"')) {
        if (!r.String(&entry.text)) return false;
      } else {
        return r.Fail(MSG("catalogue.not_messages"));
      }
      entries->push_back(std::move(entry));
    } while (r.Take(','));
    if (!r.Take('}')) return r.Fail(MSG("catalogue.not_json"));
    return r.AtEnd() || r.Fail(MSG("catalogue.not_json"));
  }();
  if (!read && error) *error = r.error();
  return read;
}

}  // namespace skillscope
