package main

type T struct{}

func main() {
	s := make([]T, int(^uint(5)>>1))
	s = append(s, T{})
	b := make([]byte, 1<<20)
	b = append(b, 1)
	println(len(s), len(b))
}
