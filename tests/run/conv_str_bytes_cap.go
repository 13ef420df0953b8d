// []byte(s) and []rune(s): never nil, even when empty; the capacity Go
// gives them (a 32-byte buffer when the result does not escape and s is
// not constant, the size class when it escapes, exact for a constant).
package main

import "fmt"

var sink []byte
var rsink []rune

func main() {
	for _, s := range []string{"", "a", "hello world", "0123456789012345678901234567890123456789"} {
		b := []byte(s)
		fmt.Println(len(b), cap(b), b == nil)
		b = append(b, '!')
		fmt.Println(string(b), cap(b))
		sink = []byte(s)
		fmt.Println(len(sink), cap(sink), sink == nil)
		rsink = []rune(s)
		fmt.Println(len(rsink), cap(rsink), rsink == nil)
		r := []rune(s)
		fmt.Println(len(r), r == nil)
	}
	c := []byte("constant")
	fmt.Println(len(c), cap(c))
	sink = []byte("constant escaping")
	fmt.Println(len(sink), cap(sink))
	e := []byte("")
	fmt.Println(len(e), cap(e), e == nil)
	type mybytes []byte
	type mystring string
	fmt.Println(mybytes(mystring("")) == nil, []rune(mystring("")) == nil)
}
