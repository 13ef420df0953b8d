package main

import (
	"fmt"
	"os"
)

// The builtins print and println write to stderr in their own format; the
// first line of stderr is checked, then os.Exit(1) ends the program.
func main() {
	fmt.Println("stdout first")
	println("builtin", 1, -2, true, 2.5, 'x', "end")
	print("second line\n")
	os.Exit(1)
}
