// select over channels carrying pointers.
package main

type Msg struct{ n int }

func relay(in chan *Msg, out chan *Msg, quit chan bool) int { // ERROR "in does not escape$" "out does not escape$" "quit does not escape$"
	count := 0
	for {
		select {
		case m := <-in:
			out <- m
			count++
		case <-quit:
			return count
		}
	}
}

func trySend(c chan *Msg) bool { // ERROR "c does not escape$"
	m := &Msg{1} // ERROR "&Msg{...} escapes to heap$"
	select {
	case c <- m:
		return true
	default:
		return false
	}
}

func main() {
	in := make(chan *Msg, 1)
	out := make(chan *Msg, 1)
	quit := make(chan bool, 1)
	in <- &Msg{2} // ERROR "&Msg{...} escapes to heap$"
	go func() {   // ERROR "func literal escapes to heap$"
		<-out
		quit <- true
	}()
	println(relay(in, out, quit), trySend(make(chan *Msg, 1)))
}
