package main

func f() int { return 1 }

const x = f()

func main() {
}
