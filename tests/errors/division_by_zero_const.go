package main

const bad = 1 % 0

func main() {
}
