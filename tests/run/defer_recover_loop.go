package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type task struct {
	name string
	fn   func() int
}

func run(t task) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case runtime.Error:
				err = fmt.Errorf("%s: runtime: %v", t.name, v)
			case error:
				err = fmt.Errorf("%s: %w", t.name, v)
			default:
				err = fmt.Errorf("%s: %v", t.name, v)
			}
		}
	}()
	return t.fn(), nil
}

var errBad = errors.New("bad thing")

func main() {
	zero := 0
	var nilMap map[int]int
	tasks := []task{
		{"ok", func() int { return 42 }},
		{"div", func() int { return 1 / zero }},
		{"idx", func() int { return []int{1}[zero+1] }},
		{"map", func() int { nilMap[1] = 1; return 0 }},
		{"err", func() int { panic(errBad) }},
		{"str", func() int { panic("just a string") }},
		{"int", func() int { panic(7) }},
		{"conv", func() int { var i interface{} = "x"; return i.(int) }},
	}
	for _, t := range tasks {
		res, err := run(t)
		fmt.Printf("%-5s %3d %v\n", t.name, res, err)
		if errors.Is(err, errBad) {
			fmt.Println("      wraps errBad")
		}
	}
	var log []string
	for i := 0; i < 3; i++ {
		func() {
			defer func() { log = append(log, fmt.Sprint("cleanup ", i)) }()
			log = append(log, fmt.Sprint("work ", i))
		}()
	}
	fmt.Println(strings.Join(log, ", "))
	var re runtime.Error
	func() {
		defer func() { re, _ = recover().(runtime.Error) }()
		var p *task
		_ = p.name
	}()
	fmt.Println(re != nil, re)
}
