// a slice has no C form
package main

//extern qsort
func sortBytes(b []byte, n uintptr)

func main() {}
