// C variadic functions cannot be declared
package main

//extern printf
func printf(format *byte, args ...int) int32

func main() {}
