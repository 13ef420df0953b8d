package main

import (
	"fmt"
	"strconv"
)

func main() {
	strs := []string{"plain", "tab\there", "quote\"s", "back\\slash", "nl\n", "héllo", "日本", "\x00\x7f", "\xff", "emoji😀", "bell\a"}
	for _, s := range strs {
		fmt.Printf("%q %+q %x % X %d\n", s, s, s, s, len(s))
	}
	for _, s := range []string{"no-backtick", "has`tick", "nl\n"} {
		fmt.Printf("%#q\n", s)
	}
	runes := []rune{'a', '\'', '"', '\n', '\t', 0, 'é', '世', 0x1F600, 0x7f, -1, 0x110000}
	for _, r := range runes {
		fmt.Printf("%q %+q %U %#U\n", r, r, r, r)
	}
	fmt.Println(strconv.Quote("a\"b"), strconv.QuoteToASCII("é"), strconv.QuoteRuneToASCII('世'), strconv.CanBackquote("x`y"))
	s, err := strconv.Unquote(`'x'`)
	fmt.Println(s, err)
	s, err = strconv.Unquote("`raw\\n`")
	fmt.Println(s, err)
	fmt.Printf("%q\n", []string{"a b", "c\"d"})
	fmt.Printf("%5q|%-8q|\n", "ab", "c")
}
