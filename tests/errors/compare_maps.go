package main

func main() {
	m1 := map[int]int{}
	m2 := map[int]int{}
	_ = m1 == m2
}
