package main

import (
	"errors"
	"fmt"
)

type State struct {
	steps []string
}

func (s *State) risky(n int) (result string) {
	defer func() {
		if r := recover(); r != nil {
			s.steps = append(s.steps, fmt.Sprintf("recovered(%v)", r))
			result = "fallback"
		}
	}()
	s.steps = append(s.steps, fmt.Sprint("try ", n))
	if n%2 == 1 {
		panic(fmt.Sprintf("odd %d", n))
	}
	return fmt.Sprint("even ", n)
}

func mustPositive(n int) int {
	if n < 0 {
		panic(errors.New("negative"))
	}
	return n
}

func sumAll(xs []int) (total int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
			total = -1
		}
	}()
	for _, x := range xs {
		total += mustPositive(x)
	}
	return total, nil
}

func main() {
	s := &State{}
	for i := 0; i < 4; i++ {
		fmt.Println(s.risky(i))
	}
	fmt.Println(s.steps)
	fmt.Println(sumAll([]int{1, 2, 3}))
	fmt.Println(sumAll([]int{1, -2, 3}))
	r := func() (r interface{}) {
		defer func() { r = recover() }()
		panic(nil)
	}()
	fmt.Println("panic(nil) recovers as", r)
	fmt.Println(func() (x int) {
		defer func() {
			recover()
			x = 99
		}()
		var arr [3]int
		idx := 5
		return arr[idx%8]
	}())
}
