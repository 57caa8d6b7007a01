#include "engine/base/plugin.h"

#include "engine/base/diagnostics.h"

#include <cstdlib>
#include <dlfcn.h>
#include <filesystem>
#include <map>
#include <mutex>
#include <string>
#include <system_error>
#include <vector>

namespace nastavdoc {

namespace {

std::vector<std::filesystem::path> search_folders() {
    std::vector<std::filesystem::path> folders;
    if (const char* dir = std::getenv("NASTAVDOC_MODULE_DIR"); dir != nullptr && *dir != '\0')
        folders.emplace_back(dir);
    std::error_code error;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error)
        folders.push_back(self.parent_path());
#ifdef NASTAVDOC_BUILD_MODULE_DIR
    folders.emplace_back(NASTAVDOC_BUILD_MODULE_DIR);
#endif
    return folders;
}

void* open_module(std::string_view file_name) {
    std::string tried;
    for (const auto& folder : search_folders()) {
        const auto path = folder / file_name;
        if (!std::filesystem::exists(path))
            continue;
        if (void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL))
            return handle;
        const char* why = dlerror();
        throw_environment_error("environment.module", "cannot load " + path.string() + ": " +
                                                          (why != nullptr ? why : "unknown error"));
    }
    for (const auto& folder : search_folders())
        tried += (tried.empty() ? "" : ", ") + folder.string();
    throw_environment_error(
        "environment.module",
        std::string("cannot find ") + std::string(file_name) + " (looked in " + tried + ")");
}

}  // namespace

void* plugin_symbol(std::string_view file_name, const char* symbol) {
    static std::mutex mutex;
    static std::map<std::string, void*, std::less<>> handles;
    const std::lock_guard lock(mutex);
    auto it = handles.find(file_name);
    if (it == handles.end())
        it = handles.emplace(std::string(file_name), open_module(file_name)).first;
    void* address = dlsym(it->second, symbol);
    if (address == nullptr) {
        throw_environment_error("environment.module", std::string(file_name) + " has no " + symbol +
                                                          "; rebuild the program");
    }
    return address;
}

}  // namespace nastavdoc
