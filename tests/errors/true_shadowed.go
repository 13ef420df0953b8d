package main

func main() {
	true := 0
	if true {
	}
}
