// nor returned by value
package main

//extern div
func div(n, d int32) struct{ Quot, Rem int32 }

func main() {}
