// libxml2's forgiving HTML parser and its tree, for TrackerAnalysis/Documents/HTML.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with the ICU copy inside
// Swift's Foundation. Nothing here uses libxml2's ICU converters (pages are
// handed over as UTF-8), so their declarations are left out.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
