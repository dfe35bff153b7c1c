#pragma once
#include "entente/a/inner.hpp" // private header of a
#include "entente/a/x.hpp"
