#pragma once
namespace entente::detail {}
