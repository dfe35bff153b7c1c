#pragma once
#include "entente/b/y.hpp" // a does not depend on b
