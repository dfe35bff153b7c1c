# ICEWS rows -> graph nodes at country level under the default fold policy.
BEGIN { FS = "\t" }
FILENAME ~ /organisations.tsv$/ && FILENAME !~ /icews/ { if ($0 !~ /^#/ && $1 != "code") { kind[$1] = $3; home[$1] = $4 } next }
FILENAME ~ /icews-organisations/ { if ($0 !~ /^#/ && $1 != "name") o[$1] = $2; next }
FILENAME ~ /icews-countries/ { if (FNR > 1) c[$1] = substr($2, 1, 3); next }
function org(name,   i, inner) {
  if (name in o) return o[name]
  i = index(name, " (")
  if (i > 0 && substr(name, length(name)) == ")") { inner = substr(name, i + 2, length(name) - i - 2); if (inner in o) return o[inner] }
  return ""
}
function node(name, country,   k) {
  if (country == "" || country == "NA") {
    k = org(name); if (k == "") return ""
    if (kind[k] == "region") return "-"
    if (kind[k] == "group" && home[k] != "") return home[k]
    return k
  }
  return c[country]
}
FNR > 1 {
  s = node($3, $5); if (s == "") { nocountry++; next } if (s == "-") { region++; next }
  t = node($9, $11); if (t == "") { nocountry++; next } if (t == "-") { region++; next }
  if (s == t) { self++; next }
  used++; g += $8; r = substr($7, 1, 2) + 0; qq = r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4; q[qq]++
  k = (s < t) ? s "-" t : t "-" s; d[k] = 1; a[s] = 1; a[t] = 1
}
END {
  for (x in d) nd++; for (x in a) na++
  printf "no-country %d region %d self %d used %d net %.1f q %d %d %d %d dyads %d actors %d\n", nocountry, region, self, used, g, q[1], q[2], q[3], q[4], nd, na
}
