package main

func main() {
	_ = append(1, 2)
}
