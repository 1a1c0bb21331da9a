// libxml2's headers pull in the system ICU when LIBXML_ICU_ENABLED is set, which clashes with
// Foundation's bundled ICU ("'UErrorCode' has different definitions"). We never use libxml2's
// ICU API, so switch it off before anything else is included.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlwriter.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlsave.h>
