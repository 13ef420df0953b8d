package main

import "fmt"

func producer(name string, n int) <-chan string {
	c := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			c <- fmt.Sprintf("%s%d", name, i)
		}
		close(c)
	}()
	return c
}

func main() {
	a, b := producer("a", 7), producer("b", 4)
	counts := map[byte]int{}
	total, closes := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				closes++
				continue
			}
			counts[v[0]]++
		case v, ok := <-b:
			if !ok {
				b = nil
				closes++
				continue
			}
			counts[v[0]]++
		}
		total++
	}
	fmt.Println(counts['a'], counts['b'], total, "closed", closes)
}
