package main

func main() {
	const f = 0x1p3000000000
	println(f > 0)
}
