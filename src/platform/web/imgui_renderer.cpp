// Dear ImGui's OpenGL3 renderer (from the pinned 1.86 source), compiled with GL state
// queries answered here instead of by the GPU.
//
// Why: around every frame the stock renderer saves and restores about twenty pieces of
// GL state (glGetIntegerv, glIsEnabled). In WebGL each is a synchronous getParameter
// call into the GPU process; a CPU profile of a frame while the pointer moves showed
// them taking about 90% of the time. The canvas belongs to skillscope alone, so there
// is nothing of anyone else's to restore: the queries report GL's defaults, the
// "restore" resets to them, and each frame sets up its own state again.
// The version queries made once at start-up still go to GL.
#include <GLES3/gl3.h>

namespace {
void DefaultGetIntegerv(GLenum pname, GLint* data) {
  switch (pname) {
    case GL_MAJOR_VERSION:
    case GL_MINOR_VERSION:
    case GL_NUM_EXTENSIONS:
      glGetIntegerv(pname, data);
      return;
    case GL_ACTIVE_TEXTURE: *data = GL_TEXTURE0; return;
    case GL_BLEND_SRC_RGB:
    case GL_BLEND_SRC_ALPHA: *data = GL_ONE; return;
    case GL_BLEND_DST_RGB:
    case GL_BLEND_DST_ALPHA: *data = GL_ZERO; return;
    case GL_BLEND_EQUATION_RGB:
    case GL_BLEND_EQUATION_ALPHA: *data = GL_FUNC_ADD; return;
    case GL_VIEWPORT:
    case GL_SCISSOR_BOX: data[0] = data[1] = data[2] = data[3] = 0; return;
    default: *data = 0; return;  // bindings: none
  }
}
GLboolean DefaultIsEnabled(GLenum) { return GL_FALSE; }
}  // namespace

#define glGetIntegerv DefaultGetIntegerv
#define glIsEnabled DefaultIsEnabled
#include "imgui_impl_opengl3.cpp"
#undef glIsEnabled
#undef glGetIntegerv
