package main

import (
	"fmt"
	"strings"
)

var values = []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
var symbols = []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}

func toRoman(n int) string {
	var b strings.Builder
	for i, v := range values {
		for n >= v {
			b.WriteString(symbols[i])
			n -= v
		}
	}
	return b.String()
}

func fromRoman(s string) (int, error) {
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := val[s[i]]
		if !ok {
			return 0, fmt.Errorf("invalid roman digit %q at %d", s[i], i)
		}
		if i+1 < len(s) && val[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2023, 3999} {
		r := toRoman(n)
		back, err := fromRoman(r)
		fmt.Printf("%4d %-12s %4d %v\n", n, r, back, err)
	}
	_, err := fromRoman("XIZ")
	fmt.Println(err)
	ok := true
	for n := 1; n < 4000; n++ {
		if m, _ := fromRoman(toRoman(n)); m != n {
			ok = false
		}
	}
	fmt.Println("round trip ok:", ok)
}
