package main

func main() {
	nil.M()
}
