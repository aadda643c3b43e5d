#pragma once
// A JSON reader for the usual case: text that is valid JSON, with no key twice in an
// object and no deeper than a limit. It builds exactly the document nlohmann::json's
// parser builds (the same value types: unsigned, signed and floating-point numbers
// alike), and for anything else it gives nullopt, so the caller reads the text again
// with nlohmann's parser, whose messages say what is wrong and where (json/input.cpp).
//
// Why a reader of our own: nlohmann's lexer handles every character several times (it
// counts lines and columns, keeps the token's text for messages and the value in a
// buffer), which made reading a 4 MB framework take about 140 ms in the browser; most
// of it was the lexer. This one copies runs of plain characters at once. Unit tests and
// the framework_loader fuzz target check that both readers agree on every input.
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

namespace skillscope {

std::optional<nlohmann::json> FastParseJson(std::string_view text, int max_depth);

// True when two documents hold the same values with the same types everywhere, for the
// checks that the readers agree (nlohmann's == takes 1 and 1u, or 1 and 1.0, as equal).
bool SameJsonDocument(const nlohmann::json& a, const nlohmann::json& b);

}  // namespace skillscope
