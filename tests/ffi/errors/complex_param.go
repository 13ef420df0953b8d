// complex numbers are outside the subset
package main

//extern cabs
func cabs(z complex128) float64

func main() {}
