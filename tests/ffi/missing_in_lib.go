// missing_in_lib.go — t_tick exists only in build/libtypes.so, which is
// not loaded here (no --ffi-lib): not found, before main runs.
package main

import "fmt"

//extern t_tick
func tick()

func main() {
	fmt.Println("not reached")
	tick()
}
