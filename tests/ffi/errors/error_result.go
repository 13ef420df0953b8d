// error is an interface
package main

//extern last_error
func lastError() error

func main() {}
