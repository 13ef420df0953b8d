// One wrapper per standard-library function: the wrapper's parameter
// diagnostics reveal the callee's leak summary, which gosub's natives must
// reproduce.
package main

import (
	"math"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func sToUpper(s string) string          { return strings.ToUpper(s) }          // ERROR "leaking param: s to result ~r0 level=0$"
func sToLower(s string) string          { return strings.ToLower(s) }          // ERROR "leaking param: s to result ~r0 level=0$"
func sTrimSpace(s string) string        { return strings.TrimSpace(s) }        // ERROR "leaking param: s to result ~r0 level=0$"
func sTrim(s, cut string) string        { return strings.Trim(s, cut) }        // ERROR "cut does not escape$" "leaking param: s to result ~r0 level=0$"
func sSplit(s, sep string) []string     { return strings.Split(s, sep) }       // ERROR "leaking param: s$" "sep does not escape$"
func sFields(s string) []string         { return strings.Fields(s) }           // ERROR "leaking param: s$"
func sRepeat(s string, n int) string    { return strings.Repeat(s, n) }        // ERROR "s does not escape$"
func sReplace(s, a, b string) string    { return strings.ReplaceAll(s, a, b) } // ERROR "a does not escape$" "b does not escape$" "leaking param: s to result ~r0 level=0$"
func sIndex(s, sub string) int          { return strings.Index(s, sub) }       // ERROR "s does not escape$" "sub does not escape$"
func sContains(s, sub string) bool      { return strings.Contains(s, sub) }    // ERROR "s does not escape$" "sub does not escape$"
func sHasSuffix(s, suf string) bool     { return strings.HasSuffix(s, suf) }   // ERROR "s does not escape$" "suf does not escape$"
func sTrimPrefix(s, p string) string    { return strings.TrimPrefix(s, p) }    // ERROR "leaking param: s to result ~r0 level=0$" "p does not escape$"
func sEqualFold(a, b string) bool       { return strings.EqualFold(a, b) }     // ERROR "a does not escape$" "b does not escape$"
func sJoin(parts []string) string       { return strings.Join(parts, ",") }    // ERROR "leaking param: parts to result ~r0 level=1$"
func sCount(s, sub string) int          { return strings.Count(s, sub) }       // ERROR "s does not escape$" "sub does not escape$"
func sTitle(s string) string            { return strings.Title(s) }            // ERROR "leaking param: s to result ~r0 level=0$"
func cItoa(n int) string                { return strconv.Itoa(n) }
func cAtoi(s string) (int, error)       { return strconv.Atoi(s) }  // ERROR "leaking param: s$"
func cQuote(s string) string            { return strconv.Quote(s) } // ERROR "s does not escape$"
func cFormatInt(n int64) string         { return strconv.FormatInt(n, 16) }
func cParseFloat(s string) float64      { f, _ := strconv.ParseFloat(s, 64); return f } // ERROR "leaking param: s$"
func cParseBool(s string) bool          { b, _ := strconv.ParseBool(s); return b }      // ERROR "leaking param: s$"
func cAppendInt(b []byte, n int) []byte { return strconv.AppendInt(b, int64(n), 10) }   // ERROR "leaking param: b to result ~r0 level=0$"
func mSqrt(x float64) float64           { return math.Sqrt(x) }
func uIsLetter(r rune) bool             { return unicode.IsLetter(r) }
func u8RuneLen(s string) int            { return utf8.RuneCountInString(s) }             // ERROR "s does not escape$"
func u8Decode(s string) rune            { r, _ := utf8.DecodeRuneInString(s); return r } // ERROR "s does not escape$"
func u8Encode(b []byte, r rune) int     { return utf8.EncodeRune(b, r) }                 // ERROR "b does not escape$"
func u8Valid(b []byte) bool             { return utf8.Valid(b) }                         // ERROR "b does not escape$"
func osWrite(b []byte) int              { n, _ := os.Stdout.Write(b); return n }         // ERROR "b does not escape$"

func main() {
	println(sToUpper("a"), sToLower("B"), sTrimSpace(" c "), sTrim("xdx", "x"), len(sSplit("a,b", ",")), len(sFields("a b")))
	println(sRepeat("e", 2), sReplace("fgf", "g", "h"), sIndex("ij", "j"), sContains("kl", "l"), sHasSuffix("mn", "n"), sTrimPrefix("op", "o"))
	println(sEqualFold("Q", "q"), sJoin([]string{"r", "s"}), sCount("ttt", "t"), sTitle("u")) // ERROR "\[\]string{...} does not escape$"
	n, _ := cAtoi("12")
	println(cItoa(3), n, cQuote("v"), cFormatInt(255), cParseFloat("1.5"), cParseBool("true"), len(cAppendInt(nil, 7)))
	println(mSqrt(4), uIsLetter('w'), u8RuneLen("xyz"), u8Decode("é"), u8Encode(make([]byte, 4), 'z'), u8Valid([]byte("ok")), osWrite([]byte("\n"))) // ERROR "\(\[\]byte\)\(.\\n.\) does not escape$" "\(\[\]byte\)\(.ok.\) does not escape$" "make\(\[\]byte, 4\) does not escape$"
}
