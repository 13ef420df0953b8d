package main

func main() {
	const f = 1e99999999999999999999
	println(f > 0)
}
