package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i := 0; i < 4; i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	fmt.Printf("%c %v %T\n", s[0], s[1], s[1])
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, utf8.RuneLen(r))
	}
	fmt.Println()
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(b), len(r), string(r[7:9]), string(b[:2]))
	b[0] = 'H'
	fmt.Println(string(b), s[:1])
	r[8] = '国'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)) == "\uFFFD")
	bad := "a\xffb\xc0"
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println(utf8.ValidString(bad), utf8.ValidString(s), []rune(bad))
	fmt.Println(s[7:], s[len(s)-1:], s[:0] == "")
	c := "abc"
	c += "def"
	c = c + string(c[0]-32)
	fmt.Println(c, c < "abd", "Z" < "a", "abc" > "ab", "" < "a")
	var sb []byte
	for i := 0; i < 26; i += 5 {
		sb = append(sb, byte('a'+i))
	}
	fmt.Println(string(sb))
	rr, size := utf8.DecodeRuneInString("世x")
	fmt.Println(rr, size, string(rr))
	lr, lsize := utf8.DecodeLastRuneInString("x世")
	fmt.Println(lr, lsize)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n, utf8.RuneLen('€'), utf8.UTFMax, utf8.RuneError)
	fmt.Println(utf8.RuneCount([]byte("añb")), utf8.Valid([]byte{0xe4, 0xb8}), utf8.FullRune([]byte{0xe4, 0xb8}))
	multi := `raw\nstring
with newline`
	fmt.Println(multi, len(multi))
	fmt.Println("\u00e9" == "é", "\x41\102\t|", '\'', "\"")
	x := "hello"
	y := x[1:4]
	fmt.Println(y, len(y), x[1], y[0] == x[1])
}
