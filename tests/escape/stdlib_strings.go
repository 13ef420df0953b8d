// Calls into strings and strconv: their parameters' leak summaries decide.
package main

import (
	"strconv"
	"strings"
)

func upper(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return strings.ToUpper(s)
}

func fields(s string) int { // ERROR "leaking param: s$"
	return len(strings.Fields(s))
}

func build(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strconv.Itoa(i))
		b.WriteByte(',')
	}
	return b.String()
}

func parse(s string) int { // ERROR "leaking param: s$"
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

func hasPrefix(s string) bool { // ERROR "s does not escape$"
	return strings.HasPrefix(s, "go") && strings.Contains(s, "sub")
}

func joinAll(parts []string) string { // ERROR "leaking param: parts to result ~r0 level=1$"
	return strings.Join(parts, "+")
}

func main() {
	println(upper("abc"), fields("a b c"), build(3), parse("42"), hasPrefix("gosub"), joinAll([]string{"x", "y"})) // ERROR "\[\]string{...} does not escape$"
}
