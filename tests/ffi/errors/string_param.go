// a string cannot cross to C
package main

//extern strlen
func strlen(s string) int

func main() {}
