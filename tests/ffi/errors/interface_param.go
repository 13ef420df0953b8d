// interfaces have no C form
package main

//extern show
func show(v interface{})

func main() {}
