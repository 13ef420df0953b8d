package main

import "fmt"

func safe(id int, f func(), report chan<- string) {
	defer func() {
		if r := recover(); r != nil {
			report <- fmt.Sprintf("worker %d recovered: %v", id, r)
			return
		}
		report <- fmt.Sprintf("worker %d ok", id)
	}()
	f()
}

func main() {
	report := make(chan string)
	fns := []func(){
		func() {},
		func() { panic("boom") },
		func() { var m map[string]int; m["x"] = 1 },
		func() { a := []int{1}; i := 5; _ = a[i] },
		func() { var p *struct{ x int }; p.x = 1 },
	}
	for i, f := range fns {
		go safe(i, f, report)
		fmt.Println(<-report)
	}
}
