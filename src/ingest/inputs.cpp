#include "entente/ingest/inputs.hpp"

#include "entente/core/error.hpp"
#include "entente/io/relations_jsonl.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace fs = std::filesystem;

namespace entente {

InputFormat parse_input_format(std::string_view name) {
  if (name == "auto")
    return InputFormat::automatic;
  if (name == "relations" || name == "jsonl")
    return InputFormat::relations;
  throw Error::usage("unknown input format '" + std::string(name) + "'");
}

std::string_view to_string(InputFormat f) {
  switch (f) {
  case InputFormat::relations:
    return "relations";
  case InputFormat::automatic:
    break;
  }
  return "auto";
}

namespace {

bool skipped_name(const fs::path &p) {
  const auto name = p.filename().string();
  return name.empty() || name.front() == '.' || name.rfind("README", 0) == 0;
}

std::string read_head(std::istream &in) {
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  in.clear();
  in.seekg(0);
  return head;
}

void read_one(std::istream &in, const std::string &origin, InputFormat format,
              const RelationSink &sink, IngestStats &stats) {
  switch (format) {
  case InputFormat::relations:
    stats.relations += read_relations_jsonl(in, origin, sink);
    return;
  case InputFormat::automatic:
    break;
  }
  throw Error::at(origin, 0, "unrecognised input format (use --format)");
}

} // namespace

std::vector<std::string> expand_inputs(const std::vector<std::string> &paths) {
  std::vector<std::string> files;
  for (const auto &p : paths) {
    std::error_code ec;
    if (p == "-") {
      files.push_back(p);
    } else if (fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::end(it);
           it.increment(ec))
        if (it->is_regular_file() && !skipped_name(it->path()))
          found.push_back(it->path().string());
      if (ec)
        throw Error::at(p, 0, "cannot list folder: " + ec.message());
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(p, ec)) {
      files.push_back(p);
    } else {
      throw Error::at(p, 0, "no such file or folder");
    }
  }
  return files;
}

InputFormat detect_format(const std::string &path, std::string_view head) {
  const auto ext = fs::path(path).extension().string();
  if (ext == ".jsonl" || ext == ".ndjson" || looks_like_relations_jsonl(head))
    return InputFormat::relations;
  return InputFormat::automatic;
}

IngestStats read_inputs(const std::vector<std::string> &paths, const InputOptions &options,
                        const RelationSink &sink) {
  IngestStats stats;
  for (const auto &file : expand_inputs(paths)) {
    ++stats.files;
    if (file == "-") {
      const auto format =
          options.format == InputFormat::automatic ? InputFormat::relations : options.format;
      read_one(std::cin, "<stdin>", format, sink, stats);
      continue;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in)
      throw Error::at(file, 0, "cannot open");
    const auto format = options.format != InputFormat::automatic
                            ? options.format
                            : detect_format(file, read_head(in));
    read_one(in, file, format, sink, stats);
  }
  return stats;
}

} // namespace entente
