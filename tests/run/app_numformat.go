package main

import (
	"fmt"
	"strconv"
	"strings"
)

func commas(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var parts []string
	for len(s) > 3 {
		parts = append([]string{s[len(s)-3:]}, parts...)
		s = s[:len(s)-3]
	}
	parts = append([]string{s}, parts...)
	out := strings.Join(parts, ",")
	if neg {
		out = "-" + out
	}
	return out
}

func humanBytes(b uint64) string {
	const unit = 1024
	if b < unit {
		return fmt.Sprintf("%d B", b)
	}
	div, exp := uint64(unit), 0
	for n := b / unit; n >= unit; n /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(b)/float64(div), "KMGTPE"[exp])
}

func ordinal(n int) string {
	suf := "th"
	switch n % 100 {
	case 11, 12, 13:
	default:
		switch n % 10 {
		case 1:
			suf = "st"
		case 2:
			suf = "nd"
		case 3:
			suf = "rd"
		}
	}
	return strconv.Itoa(n) + suf
}

var small = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var tens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

func words(n int) string {
	switch {
	case n < 20:
		return small[n]
	case n < 100:
		if n%10 == 0 {
			return tens[n/10]
		}
		return tens[n/10] + "-" + small[n%10]
	case n < 1000:
		if n%100 == 0 {
			return small[n/100] + " hundred"
		}
		return small[n/100] + " hundred " + words(n%100)
	}
	if n%1000 == 0 {
		return words(n/1000) + " thousand"
	}
	return words(n/1000) + " thousand " + words(n%1000)
}

func main() {
	for _, n := range []int64{0, 7, 999, 1000, -1234, 1234567, -9223372036854775808} {
		fmt.Print(commas(n), " ")
	}
	fmt.Println()
	for _, b := range []uint64{0, 1023, 1024, 1536, 1 << 20, 5 << 30, 1<<64 - 1} {
		fmt.Print(humanBytes(b), "; ")
	}
	fmt.Println()
	for _, n := range []int{1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 1003} {
		fmt.Print(ordinal(n), " ")
	}
	fmt.Println()
	for _, n := range []int{0, 13, 40, 99, 100, 342, 1000, 90210, 999999} {
		fmt.Println(n, words(n))
	}
	fmt.Printf("%08.3f|%+.2e|%x|%X|%#o\n", 3.14159, 12345.678, 3054, 3054, 511)
	fmt.Println(strconv.FormatFloat(1234.5678, 'f', 1, 64), strconv.FormatFloat(0.000001234, 'g', 3, 64))
}
