#pragma once
// Where the person is in the app. The session keeps it; the app draws the screen it
// names; settings remember it per profile.
namespace skillscope {

enum class Screen { Start, Setup, Skill, Summary, Results, Help, TableImport };

}  // namespace skillscope
