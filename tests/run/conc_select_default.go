package main

import "fmt"

func trySend(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func tryRecv(c chan int) (int, bool) {
	select {
	case v := <-c:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	c := make(chan int, 2)
	fmt.Println(trySend(c, 1), trySend(c, 2), trySend(c, 3))
	fmt.Println(tryRecv(c))
	fmt.Println(tryRecv(c))
	fmt.Println(tryRecv(c))
	u := make(chan int)
	fmt.Println(trySend(u, 1))
	fmt.Println(tryRecv(u))
	select {
	default:
		fmt.Println("only default")
	}
	// polling loop: the worker finishes, the poller sees it eventually
	done := make(chan bool)
	go func() {
		s := 0
		for i := 0; i < 1000; i++ {
			s += i
		}
		done <- s == 499500
	}()
	polls := 0
	for {
		select {
		case ok := <-done:
			fmt.Println("worker ok", ok, polls > 0 || polls == 0)
			return
		default:
			polls++
			for i := 0; i < 100; i++ {
			}
		}
	}
}
