package main

func main() {
	copy("abc", []byte("x"))
}
