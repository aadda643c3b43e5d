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
//
// The shader program: web/boot.js compiles and links an equivalent program while the
// app downloads, and the first CreateDeviceObjects takes it over instead of compiling
// its own. Any question about a program (its link status, a uniform's or an attribute's
// location) waits until the GPU side has linked it, so boot's program is never asked
// before the first frame: its attribute locations are written in its source, the
// projection is the constant vertex attribute 3 (glVertexAttrib4f, not a uniform), and
// the texture uniform keeps its default, unit 0. Whether it linked is asked after the
// first frame (library_skillscope.js). Without it (a second set of device objects),
// everything is compiled here as before.
#include <GLES3/gl3.h>

#include <cstdio>  // before sscanf is renamed below
#include <cstring>

#include "platform/web/browser_bridge.h"

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

// Each step of building the program, skipped for the program taken from boot.js. The
// renderer creates the vertex shader first: that is when the program is taken.
GLuint taken_program = 0;
GLuint CreateShaderUnlessTaken(GLenum type) {
  if (type == GL_VERTEX_SHADER) taken_program = ss_js_take_program();
  return taken_program ? 0 : glCreateShader(type);
}
void ShaderSourceUnlessTaken(GLuint shader, GLsizei count, const GLchar* const* text, const GLint* length) {
  if (shader) glShaderSource(shader, count, text, length);
}
void CompileShaderUnlessTaken(GLuint shader) {
  if (shader) glCompileShader(shader);
}
void GetShaderivUnlessTaken(GLuint shader, GLenum pname, GLint* value) {
  if (shader) glGetShaderiv(shader, pname, value);
  else *value = pname == GL_COMPILE_STATUS ? GL_TRUE : 0;
}
GLuint CreateProgramUnlessTaken() { return taken_program ? taken_program : glCreateProgram(); }
void AttachShaderUnlessTaken(GLuint program, GLuint shader) {
  if (shader) glAttachShader(program, shader);
}
void DetachShaderUnlessTaken(GLuint program, GLuint shader) {
  if (shader) glDetachShader(program, shader);
}
void DeleteShaderUnlessTaken(GLuint shader) {
  if (shader) glDeleteShader(shader);
}
void LinkProgramUnlessTaken(GLuint program) {
  if (program != taken_program) glLinkProgram(program);
}
void GetProgramivUnlessTaken(GLuint program, GLenum pname, GLint* value) {
  if (program != taken_program) glGetProgramiv(program, pname, value);
  else *value = pname == GL_LINK_STATUS ? GL_TRUE : 0;  // checked after the first frame
}

// boot's program: the locations written in its source, for the names the renderer asks
// for. Its two uniforms get stand-ins that the two calls below recognise.
enum TakenLocation : GLint { kTakenTexture = 0, kTakenProjection = 1, kTakenProjectionAttribute = 3 };
GLint GetUniformLocationUnlessTaken(GLuint program, const GLchar* name) {
  if (program != taken_program) return glGetUniformLocation(program, name);
  return std::strcmp(name, "ProjMtx") == 0 ? kTakenProjection : kTakenTexture;
}
GLint GetAttribLocationUnlessTaken(GLuint program, const GLchar* name) {
  if (program != taken_program) return glGetAttribLocation(program, name);
  return std::strcmp(name, "Position") == 0 ? 0 : std::strcmp(name, "UV") == 0 ? 1 : 2;
}
void Uniform1iUnlessTaken(GLint location, GLint value) {
  if (!taken_program) glUniform1i(location, value);  // taken: the texture unit stays 0
}
// The renderer's orthographic matrix (column-major) maps x to x * m[0] + m[12] and y to
// y * m[5] + m[13]; boot's vertex shader takes those four numbers.
void UniformMatrix4fvUnlessTaken(GLint location, GLsizei count, GLboolean transpose, const GLfloat* m) {
  if (!taken_program) glUniformMatrix4fv(location, count, transpose, m);
  else glVertexAttrib4f(kTakenProjectionAttribute, m[0], m[5], m[12], m[13]);
}

// The renderer reads "#version 300 es" and, were GL to report no version, "3.0 ...":
// the numbers in the text, read without sscanf, which the app has no other use for.
int ReadNumbers(const char* text, const char*, int* first, int* second = nullptr) {
  int* out[] = {first, second};
  int read = 0;
  for (const char* c = text; *c && read < 2 && out[read];) {
    if (*c < '0' || *c > '9') { ++c; continue; }
    int value = 0;
    for (; *c >= '0' && *c <= '9'; ++c) value = value * 10 + (*c - '0');
    *out[read++] = value;
  }
  return read;
}
}  // namespace

#define glGetIntegerv DefaultGetIntegerv
#define glIsEnabled DefaultIsEnabled
#define glCreateShader CreateShaderUnlessTaken
#define glShaderSource ShaderSourceUnlessTaken
#define glCompileShader CompileShaderUnlessTaken
#define glGetShaderiv GetShaderivUnlessTaken
#define glCreateProgram CreateProgramUnlessTaken
#define glAttachShader AttachShaderUnlessTaken
#define glDetachShader DetachShaderUnlessTaken
#define glDeleteShader DeleteShaderUnlessTaken
#define glLinkProgram LinkProgramUnlessTaken
#define glGetProgramiv GetProgramivUnlessTaken
#define glGetUniformLocation GetUniformLocationUnlessTaken
#define glGetAttribLocation GetAttribLocationUnlessTaken
#define glUniform1i Uniform1iUnlessTaken
#define glUniformMatrix4fv UniformMatrix4fvUnlessTaken
#define sscanf ReadNumbers
#include "imgui_impl_opengl3.cpp"
