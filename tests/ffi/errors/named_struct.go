// a named struct is still a struct
package main

type Point struct{ X, Y int32 }

//extern move
func move(p Point, dx int32) *Point

func main() {}
