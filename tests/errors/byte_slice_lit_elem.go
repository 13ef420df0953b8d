package main

func main() {
	_ = []byte{"a"}
}
