// []byte(s), string(b), []rune(s), string(rune) conversions.
package main

var sinkB []byte

func toBytesLocal(s string) int { // ERROR "s does not escape$"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape$"
	return len(b)
}

func toBytesReturn(s string) []byte { // ERROR "s does not escape$"
	return []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap$"
}

func toBytesGlobal(s string) { // ERROR "s does not escape$"
	sinkB = []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap$"
}

func toStringLocal(b []byte) bool { // ERROR "b does not escape$"
	return string(b) == "hi" // ERROR "string\(b\) does not escape$"
}

func toStringReturn(b []byte) string { // ERROR "b does not escape$"
	return string(b) // ERROR "string\(b\) escapes to heap$"
}

func runes(s string) int { // ERROR "s does not escape$"
	r := []rune(s) // ERROR "\(\[\]rune\)\(s\) does not escape$"
	return len(r)
}

func fromRune(r rune) string {
	return string(r) // ERROR "string\(r\) escapes to heap$"
}

func mapKey(m map[string]int, b []byte) int { // ERROR "b does not escape$" "m does not escape$"
	return m[string(b)] // ERROR "string\(b\) does not escape$"
}

func main() {
	toBytesGlobal("g")
	b := []byte("hi")            // ERROR "\(\[\]byte\)\(.hi.\) does not escape$"
	m := map[string]int{"hi": 1} // ERROR "map\[string\]int{...} does not escape$"
	println(toBytesLocal("abc"), len(toBytesReturn("de")), toStringLocal(b), toStringReturn(b), runes("héllo"), fromRune('x'), mapKey(m, b))
}
