#include "entente/extract/link_parser.hpp"

#include "entente/core/error.hpp"

#if ENTENTE_HAVE_LINK_GRAMMAR
#include <link-grammar/link-includes.h>

#include <algorithm>
#include <map>
#include <string>
#endif

namespace entente {

#if ENTENTE_HAVE_LINK_GRAMMAR

namespace {

// Link Grammar reports locale and dictionary notes as messages; only
// errors matter here, and they surface as a failed dictionary or parse.
void quiet_handler(lg_errinfo *, void *) {}

// One owner per C handle: parse options are per thread, so each thread
// makes its own the first time it parses.
class Options {
public:
  Options() : o_(parse_options_create()) {
    if (!o_)
      throw Error("link-grammar: cannot create parse options");
    parse_options_set_verbosity(o_, 0);
    parse_options_set_linkage_limit(o_, 50);
    parse_options_set_max_parse_time(o_, 2);
    parse_options_set_min_null_count(o_, 0);
    parse_options_set_max_null_count(o_, 4);
    parse_options_set_islands_ok(o_, true);
  }
  ~Options() { parse_options_delete(o_); }
  Options(const Options &) = delete;
  Options &operator=(const Options &) = delete;
  Parse_Options get() const { return o_; }

private:
  Parse_Options o_;
};

class OwnedSentence {
public:
  OwnedSentence(const std::string &text, Dictionary d) : s_(sentence_create(text.c_str(), d)) {}
  ~OwnedSentence() {
    if (s_)
      sentence_delete(s_);
  }
  OwnedSentence(const OwnedSentence &) = delete;
  OwnedSentence &operator=(const OwnedSentence &) = delete;
  Sentence get() const { return s_; }

private:
  Sentence s_;
};

class OwnedLinkage {
public:
  OwnedLinkage(Sentence s, Parse_Options o) : l_(linkage_create(0, s, o)) {}
  ~OwnedLinkage() {
    if (l_)
      linkage_delete(l_);
  }
  OwnedLinkage(const OwnedLinkage &) = delete;
  OwnedLinkage &operator=(const OwnedLinkage &) = delete;
  Linkage get() const { return l_; }

private:
  Linkage l_;
};

struct Link {
  std::string label;
  int left, right; // word indices
};

bool starts(const std::string &s, std::string_view p) { return s.rfind(p, 0) == 0; }

// A word's base form: "urged.v-d" -> "urged".
std::string base(const char *word) {
  std::string w(word ? word : "");
  const auto dot = w.find('.');
  return dot == std::string::npos || dot == 0 ? w : w.substr(0, dot);
}

// The roles of every verb of a linkage (labels: docs/syntax.md).
class Reader {
public:
  explicit Reader(Linkage l) : l_(l) {
    const int n = linkage_get_num_links(l);
    for (int i = 0; i < n; ++i)
      links_.push_back({linkage_get_link_label(l, i),
                        static_cast<int>(linkage_get_link_lword(l, i)),
                        static_cast<int>(linkage_get_link_rword(l, i))});
  }

  ParseRoles roles() const {
    ParseRoles r;
    r.parsed = true;
    const int words = linkage_get_num_words(l_);
    for (int w = 1; w + 1 < words; ++w) {
      const std::string word = linkage_get_word(l_, w);
      if (word.find(".v") == std::string::npos)
        continue;
      r.verbs.push_back(verb(w));
    }
    return r;
  }

private:
  int offset(int w) const { return static_cast<int>(linkage_get_word_byte_start(l_, w)); }
  std::string word(int w) const { return base(linkage_get_word(l_, w)); }

  // The conjuncts of a conjunction word ("and"), else the word itself.
  std::vector<int> conjuncts(int w) const {
    std::vector<int> out;
    for (const auto &k : links_)
      if (k.left == w && (starts(k.label, "SJr") || starts(k.label, "MJr")))
        out.push_back(k.right);
      else if (k.right == w && (starts(k.label, "SJl") || starts(k.label, "MJl")))
        out.push_back(k.left);
    if (out.empty())
      out.push_back(w);
    std::sort(out.begin(), out.end());
    return out;
  }

  // The verb and the auxiliaries and conjunctions that lead to it: "will
  // be struck" is struck <- be <- will.
  std::vector<int> chain(int v) const {
    std::vector<int> c{v};
    for (std::size_t i = 0; i < c.size(); ++i)
      for (const auto &k : links_) {
        if (k.right != c[i] || std::find(c.begin(), c.end(), k.left) != c.end())
          continue;
        // "are castigating": a progressive after a form of "be"; "denied
        // supplying" is a complement, not a tense.
        const auto w = word(k.left);
        const bool be = w == "be" || w == "is" || w == "are" || w == "was" || w == "were" ||
                        w == "been" || w == "being" || w == "'s";
        const bool aux = starts(k.label, "I") || starts(k.label, "PP") || starts(k.label, "Pv") ||
                         starts(k.label, "VJ") || (starts(k.label, "Pg") && be);
        if (aux)
          c.push_back(k.left);
      }
    return c;
  }

  VerbRoles verb(int v) const {
    VerbRoles r;
    r.verb = offset(v);
    const auto c = chain(v);
    for (const auto &k : links_) {
      const bool in_chain = std::find(c.begin(), c.end(), k.right) != c.end();
      if (in_chain && starts(k.label, "S") && !starts(k.label, "SJ") && r.subject < 0) {
        for (int w : conjuncts(k.left))
          r.subjects.push_back(offset(w));
        r.subject = r.subjects.front();
      }
      if (in_chain && k.right == v && starts(k.label, "Pv"))
        r.passive = true;
      if (k.left != v)
        continue;
      if (starts(k.label, "O")) {
        for (int w : conjuncts(k.right))
          r.objects.push_back(offset(w));
        r.object = r.objects.front();
      }
      if (starts(k.label, "MV"))
        add_prep(k.right, r);
    }
    // "imposed sanctions on Russia": the object noun's own phrase.
    for (const auto &k : links_)
      if (r.object >= 0 && offset(k.left) == r.object && starts(k.label, "M"))
        add_prep(k.right, r);
    return r;
  }

  void add_prep(int p, VerbRoles &r) const {
    const std::string prep = word(p);
    for (const auto &j : links_)
      if (j.left == p && starts(j.label, "J"))
        for (int w : conjuncts(j.right)) {
          r.preps.emplace_back(prep, offset(w));
          if (prep == "by" && r.agent < 0)
            r.agent = offset(w);
        }
  }

  Linkage l_;
  std::vector<Link> links_;
};

} // namespace

struct LinkParser::Impl {
  Dictionary dict = nullptr;
};

bool link_parser_available() { return true; }

LinkParser::LinkParser() : impl_(std::make_unique<Impl>()) {
  lg_error_set_handler(quiet_handler, nullptr);
  impl_->dict = dictionary_create_lang("en");
  if (!impl_->dict)
    throw Error("link-grammar: cannot open the English dictionary (Debian package "
                "link-grammar-dictionaries-en)");
}

LinkParser::~LinkParser() {
  if (impl_ && impl_->dict)
    dictionary_delete(impl_->dict);
}

ParseRoles LinkParser::parse(std::string_view sentence) const {
  thread_local const Options options = [] {
    lg_error_set_handler(quiet_handler, nullptr); // the handler is per thread
    return Options();
  }();
  const std::string text(sentence);
  OwnedSentence s(text, impl_->dict);
  if (!s.get() || sentence_split(s.get(), options.get()) < 0)
    return {};
  if (sentence_parse(s.get(), options.get()) <= 0)
    return {};
  OwnedLinkage l(s.get(), options.get());
  if (!l.get())
    return {};
  ParseRoles r = Reader(l.get()).roles();
  r.nulls = sentence_null_count(s.get());
  return r;
}

#else // built without link-grammar

struct LinkParser::Impl {};

bool link_parser_available() { return false; }

LinkParser::LinkParser() {
  throw Error::usage("this entente was built without link-grammar: install liblink-grammar-dev "
                     "(scripts/setup.sh) and rebuild to use --parser link");
}

LinkParser::~LinkParser() = default;

ParseRoles LinkParser::parse(std::string_view) const { return {}; }

#endif

} // namespace entente
