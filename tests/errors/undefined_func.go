package main

func main() {
	doSomething(1, 2)
}
