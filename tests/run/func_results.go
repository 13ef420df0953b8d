package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func parse(s string) (n int, err error) {
	if s == "" {
		err = errors.New("empty")
		return
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("bad digit %q", c)
		}
		n = n*10 + int(c-'0')
	}
	return
}

func swap(a, b string) (string, string) { return b, a }

func three() (int, string, bool) { return 1, "two", true }

func passThrough() (int, int) { return divmod(17, 5) }

func takesTwo(a, b int) int { return a*10 + b }

func shadowResult() (x int) {
	x = 1
	{
		x := 2
		_ = x
	}
	return
}

func deferredResult() (n int, s string) {
	defer func() { n++; s += "!" }()
	return 41, "hi"
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(split(17))
	for _, s := range []string{"123", "", "12x", "007"} {
		n, err := parse(s)
		fmt.Println(n, err)
	}
	a, b := swap("hello", "world")
	fmt.Println(a, b)
	a, b = b, a
	fmt.Println(a, b)
	_, s, _ := three()
	fmt.Println(s)
	fmt.Println(three())
	fmt.Println(takesTwo(passThrough()))
	fmt.Println(shadowResult(), fmt.Sprint(deferredResult()))
	var x, y, z = 1, "y", 2.5
	fmt.Println(x, y, z)
	i, j := 0, 1
	i, j = j, i+j
	i, j = j, i+j
	fmt.Println(i, j)
	arr := []int{1, 2, 3}
	k := 0
	k, arr[k] = 2, 9 // index evaluated before assignment
	fmt.Println(k, arr)
}
