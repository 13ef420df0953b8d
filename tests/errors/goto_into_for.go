package main

func main() {
	x := 1
	if x > 0 {
		goto L
	}
	for i := 0; i < 2; i++ {
	L:
		println(i)
	}
}
