#pragma once
// JS functions implemented in library_skillscope.js. Only src/platform/web/ includes this.
#include <cstddef>

extern "C" {
void ss_js_init();
void ss_js_first_frame();
// Shows the HTML failure message (web/index.html) instead of the canvas.
void ss_js_fail(const char* message);
void ss_js_set_cursor(int imgui_cursor);
void ss_js_set_clipboard(const char* utf8);
// The renderer's shader program, compiled by web/boot.js while the app downloaded and
// entered in Emscripten's GL program table; 0 when there is none. Whether it linked is
// asked after the first frame (ss_js_first_frame).
unsigned ss_js_take_program();
void ss_js_set_text_input(int active, float caret_x, float caret_y);
// malloc'd buffer (caller frees) or nullptr; *size_out gets its length.
char* ss_js_take_bundled_file(const char* name, int* size_out);
// Fetches a bundle file on demand; the bytes come back through ss_on_fetched(request_id).
void ss_js_fetch(int request_id, const char* path);
// malloc'd, '\n'-separated (caller frees).
char* ss_js_bundled_file_names(const char* prefix);
int ss_js_prefers_dark();
// navigator.languages, one per line (malloc'd).
char* ss_js_browser_languages();
void ss_js_set_page_language(const char* code);
void ss_js_now_iso(char* buf, int size);
void ss_js_random_hex(char* buf, int digits);  // writes digits chars + NUL

int ss_js_storage_available();
char* ss_js_storage_get(const char* key, int* size_out);  // malloc'd or nullptr
int ss_js_storage_set(const char* key, const char* value, std::size_t length);  // 0 ok, 1 quota, 2 unavailable
void ss_js_storage_remove(const char* key);
char* ss_js_storage_keys(const char* prefix);  // malloc'd, '\n'-separated

// IndexedDB (web_database.cpp): each answer comes back through an ss_on_db_* entry point.
void ss_js_db_open(int request_id);
void ss_js_db_put(int request_id, const char* key, const char* value, std::size_t length);
void ss_js_db_remove(int request_id, const char* key);
void ss_js_storage_estimate(int request_id);
void ss_js_storage_persist(int request_id);

void ss_js_pick_file(int request_id, const char* accept, double max_bytes);
// Multiple selection: each file arrives by ss_on_file, then ss_on_files_end.
void ss_js_pick_files(int request_id, const char* accept, double max_bytes);
void ss_js_enable_file_drop(double max_bytes);
void ss_js_download(const char* name, const char* mime, const char* data, int len);
void ss_js_make_share_link(int request_id, const char* text);
void ss_js_copy_text(const char* text);
void ss_js_watch_storage();
char* ss_js_fragment();  // malloc'd, without '#'
void ss_js_set_fragment(const char* fragment, int push);
void ss_js_history_back();
void ss_js_watch_address();
void ss_js_watch_color_scheme();
int ss_js_when_rest_of_app();  // 1: here; 0: ss_on_rest_of_app follows
char* ss_js_updated_from_version();  // malloc'd, "" when not updated
void ss_js_download_svg_png(const char* name, const char* svg, double width, double height, double scale);

// A linked backup file (web_linked_file.cpp): answers come back through ss_on_linked_*.
int ss_js_can_link_file();
void ss_js_link_file(int request_id, const char* suggested_name);
void ss_js_find_linked_file(int request_id);
void ss_js_allow_linked_file(int request_id);
void ss_js_unlink_file();
void ss_js_write_linked_file(const char* data, std::size_t length);
void ss_js_linked_write_later(double ms);
}
