// Substrings, indexing and ranging over strings allocate nothing.
package main

func firstWord(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return s[:i]
		}
	}
	return s
}

func countRunes(s string) int { // ERROR "s does not escape$"
	n := 0
	for range s {
		n++
	}
	return n
}

func lastByte(s string) byte { // ERROR "s does not escape$"
	return s[len(s)-1]
}

func eq(a, b string) bool { // ERROR "a does not escape$" "b does not escape$"
	return a == b || a < b
}

func main() {
	println(firstWord("hello world"), countRunes("héllo"), lastByte("xyz"), eq("a", "b"))
}
