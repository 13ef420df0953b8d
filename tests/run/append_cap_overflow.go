// append past the largest capacity: Go's "growslice: cap out of range"
// (zero-size elements make such slices cheap to build).
package main

import "fmt"

type T struct{}

const maxInt = int(^uint(0) >> 1)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	s := make([]T, maxInt)
	fmt.Println(len(s) == maxInt)
	try("append one", func() { s = append(s, T{}) })
	one := make([]T, 1)
	try("append slice", func() { s = append(s, one...) })
	try("append to a full half", func() {
		h := make([]T, maxInt/2+1)
		h = append(h, h...)
	})
	big := make([]int64, 3)
	try("append fits", func() { big = append(big, 1, 2) })
	fmt.Println(len(big), len(s))
	var e error
	try("error type", func() {
		defer func() { e = recover().(error); panic(e) }()
		s = append(s, s...)
	})
}
