// Shared modules loaded on first use with dlopen: the parts of the program whose libraries are
// costly to load (PoDoFo with libcrypto and fontconfig; libxlsxwriter with libcrypto), so that
// a run which does not need them does not pay for them.
#pragma once
#include <string_view>

namespace nastavdoc {

/// The address of `symbol` in the module file `file_name` ("libnastavdoc-podofo.so"), loaded
/// once per process. Looks in $NASTAVDOC_MODULE_DIR when set, then beside the running program,
/// then in the build folder the program was built in. Throws nastavdoc::Error (exit code 3,
/// "environment.module") naming every place it looked when the module cannot be loaded.
void* plugin_symbol(std::string_view file_name, const char* symbol);

}  // namespace nastavdoc
