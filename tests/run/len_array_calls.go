// len and cap of an array expression are constant only when it neither calls
// a function (a builtin whose result is not constant included) nor
// receives; otherwise the expression is evaluated, with its effects.
package main

import "fmt"

func f() int { fmt.Println("f"); return 1 }

func g() *[4]int { fmt.Println("g"); return nil }

func main() {
	n := len([2]int{f(), 2})
	var a [len([3]int{})]int
	fmt.Println(n, len(a))
	const c2 = len([2]int{len("ab"), 1})
	var p *[4]int
	const c4 = len(p)
	fmt.Println(c2, c4, len(g()), cap(g()))
	ch := make(chan [3]int, 1)
	ch <- [3]int{}
	fmt.Println(len(<-ch), len(ch))
	s := []int{1}
	fmt.Println(len([2]int{len(s), 1}))
	for i := range [2]int{f(), 0} {
		fmt.Println("i", i)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	k := -1
	fmt.Println(len([1][]int{make([]int, k)}))
}
