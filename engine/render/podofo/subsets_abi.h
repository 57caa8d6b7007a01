/* The interface between render/pdf and the PoDoFo module (libnastavdoc-podofo.so), in plain C
 * so that the module can be loaded with dlopen only when a PDF is written: PoDoFo and what it
 * links (libcrypto, fontconfig, image libraries) cost a process ~10 ms to load on the machines
 * used here, which a DOCX or XLSX run or `nastavdoc check` need not pay.
 * The module builds the embedded font subsets (TrueType glyf subset with the glyph ids kept,
 * CIDFontType2 with Identity-H, /W widths and a ToUnicode CMap) and hands every PDF object of
 * them to the sink. */
#pragma once
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NASTAVDOC_SUBSETS_ABI 1

struct nastavdoc_subset_face {
    const char* name; /* the face's name, "LiberationSerif-Bold" */
    const char* file; /* the TrueType file */
    int bold;
    int italic;
    const uint32_t* chars; /* the used characters (BMP code points), ascending */
    size_t char_count;
    uint32_t object; /* the number reserved for the Type0 font dictionary */
};

struct nastavdoc_subset_sink {
    void* context;
    /* A new object number. */
    uint32_t (*reserve)(void* context);
    /* Object `number` with this value (a dictionary, an array, ...). */
    void (*object)(void* context, uint32_t number, const char* value, size_t size);
    /* Stream object `number`: `keys` go inside << >> beside /Length; `data` is written as is. */
    void (*stream)(void* context, uint32_t number, const char* keys, size_t keys_size,
                   const char* data, size_t data_size);
};

enum nastavdoc_subset_status {
    NASTAVDOC_SUBSETS_OK = 0,
    NASTAVDOC_SUBSETS_FONT_UNREADABLE = 1, /* `error` names the file */
    NASTAVDOC_SUBSETS_FAILED = 2           /* `error` says why */
};

/* Writes the Type0 font of every face. `error` receives a message (NUL-terminated, truncated
 * to error_size) when the result is not NASTAVDOC_SUBSETS_OK. */
typedef int (*nastavdoc_write_subsets_fn)(int abi, const struct nastavdoc_subset_face* faces,
                                          size_t face_count,
                                          const struct nastavdoc_subset_sink* sink, char* error,
                                          size_t error_size);

#define NASTAVDOC_WRITE_SUBSETS_SYMBOL "nastavdoc_write_subsets"

#ifdef __cplusplus
}
#endif
