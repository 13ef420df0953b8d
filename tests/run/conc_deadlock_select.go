package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("helper exits")
		done <- true
	}()
	<-done
	select {}
}
