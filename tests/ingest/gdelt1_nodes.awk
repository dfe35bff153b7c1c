# GDELT 1.0 rows -> graph nodes at country level under the default fold policy.
BEGIN { FS = "\t" }
NR == FNR { if ($0 !~ /^#/ && $1 != "code") { if ($3 == "region") reg[$1] = 1; else org[$1] = 1 } next }
function node(a, c,   n, p) {
  if (length(a) >= 6 && (substr(a, 1, 3) == "IGO" || substr(a, 1, 3) == "NGO" || substr(a, 1, 3) == "IMG")) {
    for (n = length(a); n >= 3; n--) { p = substr(a, 1, n); if ((n % 3 == 0 || n == length(a)) && (p in org)) return p }
    if (c == "") return substr(a, 1, 6)
  }
  if (c == "") return ""
  if (c in reg) return "-"
  return c
}
{
  s = node($6, $8); if (s == "") { nocountry++; next } if (s == "-") { region++; next }
  t = node($16, $18); if (t == "") { nocountry++; next } if (t == "-") { region++; next }
  rel++
  if (s == t) { self++; next }
  used++; g += $31 * $32; q[$30]++
  k = (s < t) ? s "-" t : t "-" s; d[k] = 1; a[s] = 1; a[t] = 1
  if (k == "GEO-RUS") { gr++; grg += $31 * $32 }
}
END {
  for (x in d) nd++; for (x in a) na++
  printf "relations %d no-country %d region %d self %d used %d net %.1f q %d %d %d %d dyads %d actors %d GEO-RUS %d %.1f\n", rel, nocountry, region, self, used, g, q[1], q[2], q[3], q[4], nd, na, gr, grg
}
