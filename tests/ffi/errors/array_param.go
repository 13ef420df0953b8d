// arrays are not passed by value
package main

//extern sum4
func sum4(a [4]int64) int64

func main() {}
