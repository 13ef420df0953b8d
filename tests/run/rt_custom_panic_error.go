package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func find(keys []string, k string) int {
	for i, x := range keys {
		if x == k {
			return i
		}
	}
	panic(fmt.Errorf("find %q: %w", k, ErrNotFound))
}

func main() {
	keys := []string{"a", "b"}
	fmt.Println(find(keys, "b"))
	fmt.Println(find(keys, "c"))
}
