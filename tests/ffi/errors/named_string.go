// a named string is still a string
package main

type Path string

//extern unlink
func unlink(p Path) int32

func main() {}
