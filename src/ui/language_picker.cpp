#include "ui/language_picker.h"

#include <vector>

#include "core/text/messages.h"
#include "ui/controls.h"
#include "ui/semantics.h"
#include "ui/widget_registry.h"
#include "ui/widgets.h"

namespace skillscope::ui {

std::optional<std::string> LanguagePicker(const UiContext& ui, const LanguagePickerModel& model) {
  const Palette& p = ui.palette();
  const std::string& title = Tr(MSG("ui.language.title"));
  Paragraph(ui.fonts.strong, ToImVec4(p.text), title.c_str());
  std::vector<std::string> labels;
  for (const LanguageOption& option : model.options)
    labels.push_back(option.label + "##language:" + (option.code.empty() ? "browser" : option.code));
  int clicked = -1;
  {
    SemanticGroup group(Role::RadioGroup, title);
    clicked = Segmented(ui, labels, model.chosen, ui.fonts.small, 32);
  }
  if (!model.loading.empty())
    Paragraph(ui.fonts.small, ToImVec4(p.text_muted), Tr(MSG("ui.language.loading"), model.loading).c_str());
  if (clicked < 0 || clicked == model.chosen) return std::nullopt;
  return model.options[static_cast<std::size_t>(clicked)].code;
}

}  // namespace skillscope::ui
