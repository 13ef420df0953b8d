package main

import (
	"fmt"
	"strings"
)

func gen(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		for _, w := range words {
			out <- w
		}
		close(out)
	}()
	return out
}

func upper(in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			out <- strings.ToUpper(w)
		}
	}()
	return out
}

func filter(in <-chan string, keep func(string) bool) <-chan string {
	out := make(chan string, 2)
	go func() {
		defer close(out)
		for w := range in {
			if keep(w) {
				out <- w
			}
		}
	}()
	return out
}

func count(in <-chan string) <-chan map[string]int {
	out := make(chan map[string]int)
	go func() {
		m := map[string]int{}
		for w := range in {
			m[w]++
		}
		out <- m
	}()
	return out
}

func main() {
	text := "the quick brown fox jumps over the lazy dog the fox is quick"
	long := func(s string) bool { return len(s) > 3 }
	for w := range filter(upper(gen(strings.Fields(text)...)), long) {
		fmt.Print(w, " ")
	}
	fmt.Println()
	m := <-count(upper(gen(strings.Fields(text)...)))
	fmt.Println(m)
}
