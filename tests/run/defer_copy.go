// defer copy(dst, src): the arguments are evaluated at the defer
// statement, the copy happens when the function returns.
package main

import "fmt"

func f(s []int) {
	c := make(chan []int, 1)
	c <- []int{1, 2}
	defer copy(s, <-c)
	fmt.Println("in f:", s)
}

func g(b []byte, msg string) (n int) {
	defer copy(b, msg)
	msg = "changed"
	return len(msg)
}

func main() {
	x := make([]int, 3)
	f(x)
	fmt.Println(x)
	b := make([]byte, 4)
	fmt.Println(g(b, "hello"), string(b))
}
