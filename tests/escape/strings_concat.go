// String concatenation: the result buffer stays on the stack when the result
// does not escape and is small.
package main

var saved string

func concatLocal(a, b string) int { // ERROR "a does not escape$" "b does not escape$"
	s := a + b // ERROR "a \+ b does not escape$"
	return len(s)
}

func concatReturn(a, b string) string { // ERROR "a does not escape$" "b does not escape$"
	return a + "-" + b // ERROR "a \+ .-. \+ b escapes to heap$"
}

func concatSave(a string) { // ERROR "a does not escape$"
	saved = a + "!" // ERROR "a \+ .!. escapes to heap$"
}

func concatLoop(parts []string) string { // ERROR "leaking param: parts to result ~r0 level=1$"
	r := ""
	for _, p := range parts {
		r += p
	}
	return r
}

func compare(a, b string) bool { // ERROR "a does not escape$" "b does not escape$"
	return a+b == "ab" // ERROR "a \+ b does not escape$"
}

func main() {
	concatSave("x")
	println(concatLocal("a", "b"), concatReturn("c", "d"), concatLoop([]string{"e", "f"}), compare("a", "b"), saved) // ERROR "\[\]string{...} does not escape$"
}
