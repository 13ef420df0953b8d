// String concatenation written x = x + y is an allocation site; x += y is not
// one for Go 1.19's escape analysis (it is treated as assigning y to x).
package main

func a(parts []string) string { // ERROR "parts does not escape$"
	r := ""
	for _, p := range parts {
		r = r + p // ERROR "r \+ p escapes to heap$"
	}
	return r
}

func b(parts []string) int { // ERROR "parts does not escape$"
	r := ""
	for _, p := range parts {
		r += p
	}
	return len(r)
}

func main() { println(a(nil), b(nil)) }
