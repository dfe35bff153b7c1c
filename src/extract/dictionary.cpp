#include "entente/extract/dictionary.hpp"

#include "entente/core/cameo.hpp"
#include "entente/core/error.hpp"
#include "entente/core/text.hpp"
#include "entente/extract/text.hpp"
#include "entente/io/read_file.hpp"

#include <algorithm>
#include <cstdlib>

namespace entente {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Regular inflections of an English verb (over-generating is harmless: the
// extra forms are not words). Irregular ones come from the dictionary.
std::vector<std::string> inflections(const std::string &v) {
  std::vector<std::string> f;
  if (v.size() < 2)
    return f;
  const char last = v.back(), prev = v[v.size() - 2];
  if (ends_with(v, "s") || ends_with(v, "x") || ends_with(v, "z") || ends_with(v, "ch") ||
      ends_with(v, "sh"))
    f.push_back(v + "es");
  else if (last == 'y' && !vowel(prev))
    f.push_back(v.substr(0, v.size() - 1) + "ies");
  else
    f.push_back(v + "s");
  if (last == 'e') {
    f.push_back(v + "d");
    f.push_back(ends_with(v, "ie")
                    ? v.substr(0, v.size() - 2) + "ying"
                    : (ends_with(v, "ee") ? v + "ing" : v.substr(0, v.size() - 1) + "ing"));
  } else if (last == 'y' && !vowel(prev)) {
    f.push_back(v.substr(0, v.size() - 1) + "ied");
    f.push_back(v + "ing");
  } else {
    f.push_back(v + "ed");
    f.push_back(v + "ing");
    // Doubled final consonant (ban -> banned): consonant-vowel-consonant.
    if (v.size() >= 3 && !vowel(last) && last != 'w' && last != 'x' && last != 'y' && vowel(prev) &&
        !vowel(v[v.size() - 3])) {
      f.push_back(v + last + "ed");
      f.push_back(v + last + "ing");
    }
  }
  return f;
}

std::vector<std::string> name_tokens(std::string_view name) {
  std::vector<Token> toks;
  tokenize(name, toks);
  std::vector<std::string> out;
  for (const auto &t : toks)
    out.emplace_back(name.substr(t.begin, t.end - t.begin));
  return out;
}

bool has_upper(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::optional<Date> optional_iso(std::string_view s, const std::string &origin, std::size_t line) {
  s = detail::trim(s);
  if (s.empty() || s == "-")
    return std::nullopt;
  auto d = Date::try_parse(s);
  if (!d)
    throw Error::at(origin, line, "invalid date '" + std::string(s) + "' (expected YYYY-MM-DD)");
  return d;
}

// The header line is skipped by for_each_tsv_row.
void rows(const std::filesystem::path &file, std::size_t min_fields,
          const std::function<void(std::size_t, const std::vector<std::string_view> &)> &fn) {
  const std::string text = read_text(file.string());
  detail::for_each_tsv_row(text, file.string(), min_fields, fn);
}

} // namespace

std::uint32_t Dictionaries::intern(std::string_view lower) {
  const auto id = words_.intern(lower);
  if (id < classes_.size())
    return id;
  classes_.resize(id + 1, 0);
  verb_of_.resize(id + 1, -1);
  noun_of_.resize(id + 1, -1);
  return id;
}

NameEntry &Dictionaries::name_entry(std::string_view name, const std::string &origin,
                                    std::size_t line) {
  const auto toks = name_tokens(name);
  if (toks.empty())
    throw Error::at(origin, line, "empty name");
  std::uint32_t node = 0;
  std::string low;
  for (const auto &t : toks) {
    lower_into(t, low);
    const std::uint32_t word = intern(low);
    std::uint32_t next = child(node, word);
    if (next == 0) {
      next = trie_nodes_++;
      if (node == 0) {
        if (root_.size() <= word)
          root_.resize(word + 1, 0);
        root_[word] = next;
      } else {
        trie_.set((std::uint64_t{node} << 32) | word, next);
      }
    }
    node = next;
  }
  if (entry_of_.size() <= node)
    entry_of_.resize(node + 1, 0);
  if (entry_of_[node] == 0) {
    names_.emplace_back();
    entry_of_[node] = static_cast<std::uint32_t>(names_.size());
  }
  NameEntry &entry = names_[entry_of_[node] - 1];
  if (has_upper(name))
    entry.exact = toks;
  return entry;
}

// Names are also entered with a plural last word ("officials", "Russians").
static std::vector<std::string> with_plural(std::string_view name) {
  std::vector<std::string> v{std::string(name)};
  const char last = name.empty() ? 0 : name.back();
  if (name.size() > 3 && last >= 'a' && last <= 'z' && last != 's')
    v.push_back(std::string(name) + (last == 'y' ? "s" : "s"));
  return v;
}

void Dictionaries::add_code(NameEntry &e, ActorCode code, int tier) {
  if (tier > e.tier) { // a hand-written row retires the generated ones
    e.codes.clear();
    e.earlier.clear();
    e.tier = tier;
  }
  if (tier == e.tier)
    e.codes.push_back(std::move(code));
}

// A leader's row replaces the generated rows of the name from the first
// role the table gives it on: before that, the generated dictionary (which
// knows the 1990s and 2000s) still answers; after it, a retired leader is
// no longer coded as the government he left.
void Dictionaries::add_leader_code(NameEntry &e, ActorCode code) {
  if (e.tier == 0) {
    e.earlier = std::move(e.codes);
    e.codes.clear();
    e.tier = 1;
    e.earlier_until = code.from;
  } else if (!code.from || (e.earlier_until && *code.from < *e.earlier_until)) {
    e.earlier_until = code.from;
  }
  if (!e.earlier_until)
    e.earlier.clear();
  e.codes.push_back(std::move(code));
}

// A one-word generated name of three letters or fewer is an acronym ("un",
// "us", "eu"): it matches only in capitals, so "Un" in "Kim Jong Un" or a
// sentence-initial "Us" is no actor.
static bool short_acronym(std::string_view name) {
  return name.size() <= 3 &&
         std::all_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

void Dictionaries::add_actors_file(const std::filesystem::path &file, int tier) {
  const std::string origin = file.string();
  rows(file, 2, [&](std::size_t line, const std::vector<std::string_view> &f) {
    const std::string code(detail::trim(f[1]));
    if (code.empty())
      throw Error::at(origin, line, "empty actor code");
    ActorCode c{code, f.size() > 2 ? optional_iso(f[2], origin, line) : std::nullopt,
                f.size() > 3 ? optional_iso(f[3], origin, line) : std::nullopt};
    // The generated dictionary has a few empty terms (never matched);
    // hand-written rows must be right.
    if (tier > 0 && c.from && c.to && !(*c.from < *c.to))
      throw Error::at(origin, line, "'to' must be after 'from'");
    const auto name = detail::trim(f[0]);
    for (const auto &n : with_plural(name)) {
      NameEntry &e = name_entry(n, origin, line);
      if (tier == 0 && n == name && short_acronym(name)) {
        std::string upper(name);
        for (char &ch : upper)
          ch = static_cast<char>(ch - 'a' + 'A');
        e.exact = {upper};
      }
      add_code(e, c, tier);
    }
  });
}

void Dictionaries::load_leaders(const std::filesystem::path &file) {
  static const char *const roles[] = {"HOS", "HOG",  "HOSG",   "FM",   "DEF",
                                      "VP",  "HEAD", "LEADER", "OTHER"};
  const std::string origin = file.string();
  rows(file, 4, [&](std::size_t line, const std::vector<std::string_view> &f) {
    LeaderRole r{std::string(detail::trim(f[0])), std::string(detail::trim(f[1])),
                 std::string(detail::trim(f[2])), optional_iso(f[3], origin, line),
                 f.size() > 4 ? optional_iso(f[4], origin, line) : std::nullopt};
    if (r.name.empty() || r.code.size() < 3)
      throw Error::at(origin, line, "a leader needs a name and an actor code");
    if (std::find_if(std::begin(roles), std::end(roles),
                     [&](const char *x) { return r.role == x; }) == std::end(roles))
      throw Error::at(origin, line, "unknown role '" + r.role + "'");
    if (r.from && r.to && !(*r.from < *r.to))
      throw Error::at(origin, line, "'to' must be after 'from'");
    std::vector<std::string_view> names{r.name};
    if (f.size() > 5)
      for (auto n : detail::split(detail::trim(f[5]), '|'))
        if (!detail::trim(n).empty())
          names.push_back(detail::trim(n));
    for (auto n : names)
      add_leader_code(name_entry(n, origin, line), ActorCode{r.code, r.from, r.to});
    leaders_.push_back(std::move(r));
  });
}

void Dictionaries::load_agents(const std::filesystem::path &file) {
  const std::string origin = file.string();
  rows(file, 2, [&](std::size_t line, const std::vector<std::string_view> &f) {
    const std::string agent(detail::trim(f[1]));
    if (agent.size() != 3)
      throw Error::at(origin, line, "agent code must have 3 letters: '" + agent + "'");
    for (const auto &n : with_plural(detail::trim(f[0]))) {
      auto &e = name_entry(n, origin, line);
      if (e.agent.empty())
        e.agent = agent;
    }
  });
}

void Dictionaries::load_grammar(const std::filesystem::path &file) {
  static const std::pair<const char *, std::uint32_t> names[] = {{"speech", wc_speech},
                                                                 {"negation", wc_negation},
                                                                 {"hypothetical", wc_hypothetical},
                                                                 {"intent", wc_intent},
                                                                 {"passive", wc_passive},
                                                                 {"by", wc_by},
                                                                 {"compound", wc_compound},
                                                                 {"boundary", wc_boundary},
                                                                 {"that", wc_that},
                                                                 {"pronoun", wc_pronoun},
                                                                 {"glue", wc_glue},
                                                                 {"skipverb", wc_skipverb},
                                                                 {"determiner", wc_determiner},
                                                                 {"obligation", wc_obligation},
                                                                 {"ethnic", wc_ethnic},
                                                                 {"preposition", wc_preposition},
                                                                 {"claim", wc_claim},
                                                                 {"appeal", wc_appeal},
                                                                 {"order", wc_order},
                                                                 {"refuse", wc_refuse},
                                                                 {"reciprocal", wc_reciprocal},
                                                                 {"location", wc_location},
                                                                 {"conditional", wc_conditional},
                                                                 {"hyphenated", wc_hyphenated},
                                                                 {"halt", wc_halt},
                                                                 {"agree", wc_agree},
                                                                 {"threaten", wc_threaten},
                                                                 {"accusation", wc_accusation},
                                                                 {"between", wc_between},
                                                                 {"aspect", wc_aspect}};
  const std::string origin = file.string();
  rows(file, 2, [&](std::size_t line, const std::vector<std::string_view> &f) {
    const auto cls = detail::trim(f[0]);
    std::string word;
    lower_into(detail::trim(f[1]), word);
    if (cls == "speech" || cls == "claim")
      speech_lemmas_.push_back(word);
    if (cls == "abbrev") {
      abbreviations_.insert(word);
      return;
    }
    for (const auto &[name, bit] : names)
      if (cls == name) {
        classes_[intern(word)] |= bit;
        return;
      }
    throw Error::at(origin, line, "unknown word class '" + std::string(cls) + "'");
  });
}

void Dictionaries::add_verb(std::string lemma, std::string code,
                            const std::vector<std::string> &forms) {
  auto it = verb_index_.find(lemma);
  const auto lemma_id = intern(lemma);
  // A "lemma" that is an inflected form of a verb loaded before ("killed"
  // after "kill", as PETRARCH lists some) is no verb of its own: it would
  // steal that form. Its patterns go to the base verb instead.
  if (it == verb_index_.end() && verb_of_[lemma_id] >= 0 &&
      verbs_[verb_of_[lemma_id]].lemma != lemma) {
    const int base = verb_of_[lemma_id];
    verb_index_.emplace(lemma, base);
    if (verbs_[base].code == "---")
      verbs_[base].code = code;
    return;
  }
  int index;
  if (it == verb_index_.end()) {
    index = static_cast<int>(verbs_.size());
    verb_index_.emplace(lemma, index);
    verbs_.push_back({lemma, intern(lemma), code, {}, {}});
  } else {
    index = it->second;
    verbs_[index].code = code;
  }
  // The base form always names its own verb; other forms only if free.
  verb_of_[lemma_id] = index;
  for (const auto &f : forms) {
    const auto id = intern(f);
    const int owner = verb_of_[id];
    if (owner < 0) {
      verb_of_[id] = index;
    } else if (owner != index && verbs_[owner].lemma == f) {
      // The form was loaded before as a "lemma" of its own (see above).
      verb_of_[id] = index;
      verb_index_[f] = index;
      if (verbs_[index].code == "---")
        verbs_[index].code = verbs_[owner].code;
    }
  }
}

void Dictionaries::load_verbs(const std::filesystem::path &file) {
  const std::string origin = file.string();
  const auto &cameo = cameo_table();
  rows(file, 2, [&](std::size_t line, const std::vector<std::string_view> &f) {
    std::string lemma;
    lower_into(detail::trim(f[0]), lemma);
    const std::string code(detail::trim(f[1]));
    if (code != "---" && !cameo.known(code))
      throw Error::at(origin, line, "unknown CAMEO code '" + code + "'");
    std::vector<std::string> forms;
    if (f.size() > 2)
      for (auto w : detail::split(detail::trim(f[2]), ' '))
        if (!w.empty())
          forms.emplace_back(w);
    // Irregular forms first, so they win over generated look-alikes.
    for (auto &g : inflections(lemma))
      forms.push_back(std::move(g));
    add_verb(lemma, code, forms);
  });
}

void Dictionaries::add_pattern(const std::string &lemma, std::string_view words,
                               const std::string &code) {
  auto it = verb_index_.find(lemma);
  if (it == verb_index_.end()) {
    add_verb(lemma, "---", inflections(lemma));
    it = verb_index_.find(lemma);
  }
  Pattern p;
  p.code = code;
  p.text = std::string(words);
  p.hand_written = hand_written_;
  for (auto w : detail::split(words, ' ')) {
    if (w.empty())
      continue;
    std::vector<std::uint32_t> alts;
    for (auto a : detail::split(w, '|')) {
      std::string low;
      lower_into(a, low);
      alts.push_back(intern(low));
      if (low.size() > 2 && low.back() != 's')
        alts.push_back(intern(low + "s"));
    }
    p.words.push_back(std::move(alts));
  }
  if (!p.words.empty())
    verbs_[it->second].patterns.push_back(std::move(p));
}

void Dictionaries::load_patterns(const std::filesystem::path &file) {
  const std::string origin = file.string();
  const auto &cameo = cameo_table();
  rows(file, 3, [&](std::size_t line, const std::vector<std::string_view> &f) {
    std::string lemma;
    lower_into(detail::trim(f[0]), lemma);
    const std::string code(detail::trim(f[2]));
    if (code != "---" && !cameo.known(code))
      throw Error::at(origin, line, "unknown CAMEO code '" + code + "'");
    add_pattern(lemma, detail::trim(f[1]), code);
  });
}

// "treaty" -> "treaties", "talk" -> "talks", "crash" -> "crashes".
static std::string plural(const std::string &n) {
  const auto ends = [&](std::string_view e) {
    return n.size() > e.size() && n.compare(n.size() - e.size(), e.size(), e) == 0;
  };
  if (ends("y") && std::string_view("aeiou").find(n[n.size() - 2]) == std::string_view::npos)
    return n.substr(0, n.size() - 1) + "ies";
  if (ends("s") || ends("sh") || ends("ch") || ends("x"))
    return n + "es";
  return n + "s";
}

void Dictionaries::load_nouns(const std::filesystem::path &file) {
  const std::string origin = file.string();
  const auto &cameo = cameo_table();
  rows(file, 2, [&](std::size_t line, const std::vector<std::string_view> &f) {
    std::string noun;
    lower_into(detail::trim(f[0]), noun);
    const std::string code(detail::trim(f[1]));
    if (noun.empty() || noun.find(' ') != std::string::npos)
      throw Error::at(origin, line, "an event noun is one word");
    if (!cameo.known(code))
      throw Error::at(origin, line, "unknown CAMEO code '" + code + "'");
    const int index = static_cast<int>(noun_codes_.size());
    noun_codes_.push_back(code);
    for (const auto &form : {noun, plural(noun)})
      noun_of_[intern(form)] = index;
  });
}

std::string Dictionaries::lemma(std::string_view word) const {
  std::string low;
  lower_into(word, low);
  const int v = verb_of(word_id(low));
  return v < 0 ? low : verbs_[v].lemma;
}

std::size_t Dictionaries::pattern_count() const {
  std::size_t n = 0;
  for (const auto &v : verbs_)
    n += v.patterns.size();
  return n;
}

std::filesystem::path find_dictionaries(const std::string &given) {
  namespace fs = std::filesystem;
  if (!given.empty())
    return given;
  std::vector<fs::path> places;
  if (const char *env = std::getenv("ENTENTE_DICTIONARIES"))
    places.emplace_back(env);
  places.emplace_back("datasets/dictionaries");
  // Beside the binary: <prefix>/bin/entente finds <prefix>/share/entente
  // after `cmake --install`, and the build tree links build/share/entente
  // to the source's datasets, so a built binary works from any directory.
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec)
    places.push_back(exe.parent_path().parent_path() / "share/entente/dictionaries");
  std::string tried;
  for (const auto &p : places) {
    if (fs::is_directory(p, ec))
      return p;
    tried += (tried.empty() ? "" : ", ") + p.string();
  }
  throw Error("no dictionary folder found (tried " + tried + "); give --dictionaries DIR");
}

Dictionaries Dictionaries::load(const std::filesystem::path &folder) {
  if (!std::filesystem::is_directory(folder))
    throw Error::at(folder.string(), 0, "dictionary folder not found");
  Dictionaries d;
  d.classes_.resize(1, 0);
  d.verb_of_.resize(1, -1);
  d.noun_of_.resize(1, -1);
  const auto opt = [&](const char *name, auto fn) {
    const auto p = folder / name;
    if (std::filesystem::exists(p))
      (d.*fn)(p);
  };
  const auto req = [&](const char *name, auto fn) {
    const auto p = folder / name;
    if (!std::filesystem::exists(p))
      throw Error::at(p.string(), 0, "dictionary file missing");
    (d.*fn)(p);
  };
  req("grammar.tsv", &Dictionaries::load_grammar);
  const auto actors = [&](const char *name, int tier) {
    const auto p = folder / name;
    if (std::filesystem::exists(p))
      d.add_actors_file(p, tier);
    else if (tier == 0)
      throw Error::at(p.string(), 0, "dictionary file missing");
  };
  actors("actors.tsv", 0);
  actors("actors.extra.tsv", 1);
  actors("actors.organisations.tsv", 1);
  opt("leaders.tsv", &Dictionaries::load_leaders);
  req("agents.tsv", &Dictionaries::load_agents);
  opt("agents.extra.tsv", &Dictionaries::load_agents);
  req("verbs.tsv", &Dictionaries::load_verbs);
  opt("verbs.extra.tsv", &Dictionaries::load_verbs);
  // Reporting verbs need their forms even when no event pattern names them.
  for (const auto &s : d.speech_lemmas_)
    if (!d.verb_index_.count(s))
      d.add_verb(s, "---", inflections(s));
  req("patterns.tsv", &Dictionaries::load_patterns);
  d.hand_written_ = true; // hand-written patterns win ties with generated ones
  opt("patterns.extra.tsv", &Dictionaries::load_patterns);
  opt("nouns.tsv", &Dictionaries::load_nouns);
  // Longest patterns are tried first.
  for (auto &v : d.verbs_) {
    std::stable_sort(v.patterns.begin(), v.patterns.end(), [](const Pattern &a, const Pattern &b) {
      if (a.words.size() != b.words.size())
        return a.words.size() > b.words.size();
      return a.hand_written && !b.hand_written;
    });
    for (std::uint32_t i = 0; i < v.patterns.size(); ++i)
      for (auto w : v.patterns[i].words.front())
        v.by_first_word.emplace_back(w, i);
    std::sort(v.by_first_word.begin(), v.by_first_word.end());
  }
  return d;
}

} // namespace entente
