// maps
package main

//extern count
func count(m map[string]int) int

func main() {}
