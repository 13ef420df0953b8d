// A stack overflow is a fatal error, not a panic: recover does not stop it
// and deferred calls do not run.
package main

import "fmt"

func f(n int) int { return f(n+1) + 1 }

func main() {
	defer fmt.Println("deferred: never printed")
	defer func() {
		fmt.Println("recovered: never printed", recover())
	}()
	fmt.Println("before")
	f(0)
}
