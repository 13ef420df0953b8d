// s[i] compared with a byte constant in a condition (one fused instruction
// in gosub): ==, !=, negated, inside && and ||, on a named string type and
// a constant string, bytes above 127, and the index check's panic text.
package main

import "fmt"

type Text string

func count(s string, c byte) (eq, ne int) {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			eq++
		}
		if s[i] != 'a' {
			ne++
		}
	}
	return
}

func main() {
	fmt.Println(count("a banana split ", 'a'))
	t := Text("héllo wörld")
	n := 0
	for i := 0; i < len(t); i++ {
		if t[i] == 0xc3 || t[i] == 'o' {
			n++
		}
		if !(t[i] != 'l') && i > 2 {
			n += 10
		}
	}
	fmt.Println(n)
	const k = "xyz"
	j := 1
	if k[j] == 'y' && (k[j+1] != 'z' || k[0] == 'x') {
		fmt.Println("const ok")
	}
	words := 0
	s := "one two  three"
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && (i == 0 || s[i-1] == ' ') {
			words++
		}
	}
	fmt.Println(words)
	defer func() { fmt.Println("recovered:", recover()) }()
	i := len(s)
	if s[i] == 'e' {
		fmt.Println("unreachable")
	}
}
