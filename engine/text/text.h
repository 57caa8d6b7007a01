// The Russian text rules (design.md section 5, documents.md part B), one header for the callers:
// typography, names and positions in six cases, dates, numbers in words and plurals, alphabetical
// order, file names, case mapping and hyphenation.
// In: UTF-8 strings. Out: UTF-8 strings. The locale is ru-RU, explicit; the process locale, the
// clock and the time zone are never read. ICU and libhyphen types never leave this folder.
#pragma once
#include "engine/text/case_mapping.h"
#include "engine/text/collation.h"
#include "engine/text/dates.h"
#include "engine/text/file_names.h"
#include "engine/text/grammar.h"
#include "engine/text/hyphenation.h"
#include "engine/text/names.h"
#include "engine/text/numbers.h"
#include "engine/text/phrases.h"
#include "engine/text/typography.h"
