package main

func f() int { return 1 }

func main() {
	const c = len([2]int{f(), 2})
	println(c)
}
