// Ranging over channels and closing them.
package main

type Job struct{ n int }

func produce(n int) chan *Job {
	c := make(chan *Job, n)
	for i := 0; i < n; i++ {
		c <- &Job{i} // ERROR "&Job{...} escapes to heap$"
	}
	close(c)
	return c
}

func consume(c chan *Job) int { // ERROR "c does not escape$"
	t := 0
	for j := range c {
		t += j.n
	}
	return t
}

func main() {
	println(consume(produce(4)))
}
