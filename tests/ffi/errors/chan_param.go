// channels
package main

//extern post
func post(c chan int)

func main() {}
