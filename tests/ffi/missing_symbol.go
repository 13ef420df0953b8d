// missing_symbol.go — an //extern symbol found nowhere stops the program
// before it starts: FILE:LINE:COL of the declaration, exit status 1.
package main

import "fmt"

//extern strlen
func cStrlen(s *byte) uintptr

//extern gosub_no_such_symbol
func missing(x int) int

func main() {
	fmt.Println("not reached")
}
