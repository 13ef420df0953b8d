// bad_library.go — a --ffi-lib that cannot be loaded (bad_library.flags)
// is named with dlerror's text, exit status 1, before main runs.
package main

import "fmt"

func main() {
	fmt.Println("not reached")
}
