package main

type T struct{ b []byte }

func main() {
	var s []int
	s = append(s, s...)
	p := &T{}
	var e []byte
	p.b = append(p.b, e...)
	p.b = append(p.b, ""...)
	println(len(s), len(p.b), s == nil, p.b == nil)
}
