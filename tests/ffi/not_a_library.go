// not_a_library.go — a --ffi-lib that is not a shared object
// (not_a_library.flags names a C source file): dlerror says why, exit 1.
package main

import "fmt"

func main() {
	fmt.Println("not reached")
}
