#include "entente/core/version.hpp"

namespace entente {

// ENTENTE_VERSION comes from project(VERSION) (src/CMakeLists.txt), so the
// version is written in one place.
std::string_view version() { return ENTENTE_VERSION; }

} // namespace entente
