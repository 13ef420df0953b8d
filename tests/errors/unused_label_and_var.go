package main

func main() {
	x := 1
loop:
	for {
		break
	}
}
