// for i, v := range p with p a nil *[N]T: the indices alone are fine, the
// first value read is Go's nil dereference panic.
package main

import "fmt"

func main() {
	var p *[4]int
	var q *[3]byte
	s := 0
	for i := range p {
		s += i
	}
	fmt.Println(s)
	func() {
		defer func() { fmt.Println(recover()) }()
		for _, b := range q {
			s += int(b)
		}
	}()
	for i, v := range p {
		s += i + v
	}
}
