// C calling back into Go is out of scope
package main

//extern qsort
func qsort(base *byte, n, size uintptr, cmp func(a, b *byte) int32)

func main() {}
