// Unbounded recursion: the main goroutine runs past its 8 MiB stack.  Go
// stops the program with "runtime: goroutine stack exceeds 8388608-byte
// limit", "fatal error: stack overflow" and a traceback of the first 100
// frames, exit status 2 (Go's own default limit is 1 GB: debug.SetMaxStack
// (8388608) makes it print the same).
package main

import "fmt"

type state struct {
	depth int
	path  [4]int
}

func down(s state) int {
	s.depth++
	s.path[s.depth%4] = s.depth
	return down(s) + s.path[0]
}

func main() {
	fmt.Println("going down")
	fmt.Println(down(state{}))
}
