// Writes tests/unit/strings_cases.h: results of Go 1.19 strings, unicode
// and unicode/utf8.
//
//	cd tests/unit/gen/strings_cases && go run . > ../../strings_cases.h
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func cstr(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '?':
			b.WriteString("\\?")
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&b, "\\%03o", c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func main() {
	fmt.Println("/* strings_cases.h — test-only, generated with Go 1.19 (see test_strings.c). */")
	pairs := [][2]string{{"hello world", "o"}, {"hello", ""}, {"", ""}, {"", "a"}, {"aaaa", "aa"}, {"héllo héllo", "é"}, {"abc", "abcd"}, {"chicken", "ken"}, {"Go gopher", "GO GOPHER"}, {"σ", "Σ"}, {"ß", "SS"}, {"K", "\u212a"}, {"\xff", "\xff"}, {"abc", "ABD"}, {"Straße", "STRASSE"}}
	fmt.Println("static const struct { const char *s, *t; int index, last, count, cmp, fold; } pair_cases[] = {")
	for _, p := range pairs {
		fmt.Printf("  {%s, %s, %d, %d, %d, %d, %d},\n", cstr(p[0]), cstr(p[1]), strings.Index(p[0], p[1]), strings.LastIndex(p[0], p[1]), strings.Count(p[0], p[1]), strings.Compare(p[0], p[1]), b2i(strings.EqualFold(p[0], p[1])))
	}
	fmt.Println("};")
	words := []string{"", "hello", "HeLLo WoRLD", "héllo", "ÀÉÎõü", "straße", "\xffab\xc3", "ǅungla", "ﬁ", "ΑΒΓ αβγ", "ǲ"}
	fmt.Println("static const struct { const char *s, *upper, *lower, *title; int runes, valid; } word_cases[] = {")
	for _, w := range words {
		fmt.Printf("  {%s, %s, %s, %s, %d, %d},\n", cstr(w), cstr(strings.ToUpper(w)), cstr(strings.ToLower(w)), cstr(strings.ToTitle(w)), utf8.RuneCountInString(w), b2i(utf8.ValidString(w)))
	}
	fmt.Println("};")
	fmt.Println("static const struct { int32_t r; int letter, digit, number, upper, lower, space, punct, symbol, print, graphic, control; int32_t toupper, tolower, totitle, fold; } rune_cases[] = {")
	for _, r := range []rune{'a', 'Z', '5', ' ', '\t', '\n', 0x85, 0xa0, '!', '$', '+', 'é', 'ß', 'ǅ', '٣', 'Ⅷ', '²', '中', 0x2028, 0x3000, 0x200b, 0xad, 0x7f, 'K', 'k', 0x212a, 'Σ', 'σ', 'ς', 0x1F600, -1, 0x110000, 'ÿ', 'Ÿ', 'İ', 'ı'} {
		fmt.Printf("  {%d, %d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d, %d, %d, %d, %d},\n", r, b2i(unicode.IsLetter(r)), b2i(unicode.IsDigit(r)), b2i(unicode.IsNumber(r)), b2i(unicode.IsUpper(r)), b2i(unicode.IsLower(r)), b2i(unicode.IsSpace(r)), b2i(unicode.IsPunct(r)), b2i(unicode.IsSymbol(r)), b2i(unicode.IsPrint(r)), b2i(unicode.IsGraphic(r)), b2i(unicode.IsControl(r)), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	fmt.Println("};")
	fmt.Println("static const struct { const char *s; int32_t r; int w; int32_t lr; int lw; } decode_cases[] = {")
	for _, s := range []string{"", "a", "é", "日本", "\xff", "\xe6\x97", "\xed\xa0\x80", "\xf0\x9f\x98\x80x", "x\xf0\x9f\x98\x80", "\xc0\x80", "a\x80", "\xf4\x90\x80\x80"} {
		r, w := utf8.DecodeRuneInString(s)
		lr, lw := utf8.DecodeLastRuneInString(s)
		fmt.Printf("  {%s, %d, %d, %d, %d},\n", cstr(s), r, w, lr, lw)
	}
	fmt.Println("};")
}
