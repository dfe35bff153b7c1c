// entente's version, as project() in the top CMakeLists.txt sets it: what
// `entente --version` prints and what find_package(entente 0.1) matches.
//
//   std::cout << "entente " << entente::version() << "\n";   // "entente 0.1.0"
#pragma once

#include <string_view>

namespace entente {

std::string_view version();

} // namespace entente
