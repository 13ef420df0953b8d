// Builtins called with a multi-value call as their arguments:
// copy(f()), delete(g()), println(h()).
package main

import "fmt"

func f(a []byte) ([]byte, []byte) { return a, []byte("abc") }

func g(a []byte) ([]byte, string) { return a, "xyz!" }

func h(m map[int]int) (map[int]int, int) { return m, 0 }

type Key interface{}

func hi(m map[Key]bool) (map[Key]bool, string) { return m, "b" }

func ints(dst []int) ([]int, []int) { return dst[1:], []int{7, 8, 9, 10} }

func main() {
	a := []byte{1, 2, 3}
	n := copy(f(a))
	fmt.Println(n, a)
	b := make([]byte, 8)
	n = copy(g(b))
	fmt.Println(n, b, string(b[:n]))
	is := make([]int, 3)
	fmt.Println(copy(ints(is)), is)

	m := map[int]int{0: 0, 1: 1}
	delete(h(m))
	fmt.Println(len(m), m)
	mi := map[Key]bool{"a": true, "b": true, 2: true}
	delete(hi(mi))
	fmt.Println(len(mi), mi["a"], mi["b"], mi[2])
}
