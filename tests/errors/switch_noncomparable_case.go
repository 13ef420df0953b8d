package main

func main() {
	f := func() {}
	g := f
	switch f {
	case nil, g:
	}
	var m map[int]int
	switch m {
	case m:
	}
}
