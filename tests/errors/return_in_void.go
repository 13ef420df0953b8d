package main

func f() {
	return 5
}

func main() {
	f()
}
