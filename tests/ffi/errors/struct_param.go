// nor structs
package main

//extern norm
func norm(p struct{ X, Y float64 }) float64

func main() {}
