// the position is the offending parameter
package main

//extern memchr
func memchr(p *byte, c string, n uintptr) *byte

func main() {}
