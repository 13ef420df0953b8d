package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ5 _é世\t!Ⅻ" {
		fmt.Printf("%q L%t U%t l%t D%t N%t S%t P%t C%t\n", r,
			unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r),
			unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r),
			unicode.IsPunct(r), unicode.IsControl(r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Ä')), string(unicode.ToTitle('a')), unicode.ToUpper('1'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.IsPrint('\n'), unicode.IsPrint('a'), unicode.IsGraphic(' '))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, 'x'), unicode.In('Ω', unicode.Greek, unicode.Cyrillic))
	count := map[string]int{}
	for _, r := range "Hello, World! 123 ÀÉÎ" {
		switch {
		case unicode.IsUpper(r):
			count["upper"]++
		case unicode.IsLower(r):
			count["lower"]++
		case unicode.IsDigit(r):
			count["digit"]++
		case unicode.IsSpace(r):
			count["space"]++
		default:
			count["other"]++
		}
	}
	fmt.Println(count)
}
