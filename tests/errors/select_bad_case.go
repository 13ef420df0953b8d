package main

func main() {
	x := 1
	select {
	case x > 1:
	}
}
