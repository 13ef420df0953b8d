package main

func main() {
	var x interface{}
	x.M()
}
